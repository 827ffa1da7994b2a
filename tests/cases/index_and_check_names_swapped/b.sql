CREATE TABLE t (id integer, a integer, b integer);
CREATE INDEX idx_one ON t(b);
CREATE INDEX idx_two ON t(a);
ALTER TABLE t ADD CONSTRAINT ck_one CHECK (b > 0);
ALTER TABLE t ADD CONSTRAINT ck_two CHECK (a > 0);
