-- Tables dropped while a table whose foreign keys and policy use them is
-- rebuilt for its column order: the FK and the policy leave the old table
-- in the drop phase, before the DROP TABLE (not late, with the rebuild).
CREATE TABLE gone (id int PRIMARY KEY);
CREATE SCHEMA "Other S";
CREATE TABLE "Other S"."Gone ""2""" (a int, b int, UNIQUE (a, b));
CREATE TABLE kept (id int PRIMARY KEY);
CREATE TABLE r (a int, g int REFERENCES gone ON DELETE SET NULL, b int, k int REFERENCES kept,
  CONSTRAINT "r→gone2" FOREIGN KEY (a, b) REFERENCES "Other S"."Gone ""2""" (a, b) MATCH FULL);
ALTER TABLE r ENABLE ROW LEVEL SECURITY;
CREATE POLICY "r sees gone" ON r USING (g IN (SELECT id FROM gone));
CREATE POLICY r_kept ON r USING (k IN (SELECT id FROM kept));
INSERT INTO kept VALUES (1);
INSERT INTO r VALUES (NULL, NULL, NULL, 1);
