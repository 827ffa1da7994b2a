CREATE TYPE inner_t AS (a bigint, b text, c int);
CREATE TYPE outer_t AS (i inner_t, n int);
CREATE FUNCTION mk() RETURNS outer_t LANGUAGE sql AS $$ SELECT ROW(ROW(1, 'x', 3)::inner_t, 2)::outer_t $$;
CREATE VIEW v AS SELECT ((mk()).i).a AS a, (mk()).n AS n;
CREATE TABLE keep (id int, o outer_t[]);
CREATE TYPE "Pt ü" AS (x numeric, y int);
CREATE DOMAIN "Pt Dom" AS "Pt ü";
CREATE TABLE holder (id int, d "Pt Dom");
