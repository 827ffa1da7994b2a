-- A primary key's or unique constraint's index storage parameters (WITH
-- (fillfactor=...)), which pg_get_constraintdef leaves out, must be seen and
-- kept, also with INCLUDE and DEFERRABLE.
CREATE TABLE t (a int, b text, c int, d int);
ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (a);
ALTER TABLE t ADD CONSTRAINT t_b UNIQUE (b) INCLUDE (c) WITH (fillfactor = 70, deduplicate_items = off) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE t ADD CONSTRAINT t_cd UNIQUE (c, d) WITH (fillfactor = 50);
CREATE TABLE r (c int, d int, FOREIGN KEY (c, d) REFERENCES t (c, d));
