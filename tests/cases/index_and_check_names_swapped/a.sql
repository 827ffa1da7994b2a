CREATE TABLE t (id integer, a integer, b integer);
CREATE INDEX idx_one ON t(a);
CREATE INDEX idx_two ON t(b);
ALTER TABLE t ADD CONSTRAINT ck_one CHECK (a > 0);
ALTER TABLE t ADD CONSTRAINT ck_two CHECK (b > 0);
