-- A composite type retyped (ALTER ATTRIBUTE ... TYPE) while a column stores
-- it only indirectly: nested in another composite held in an array column,
-- and through a domain over it. PostgreSQL refuses the ALTER there
-- (find_composite_type_dependencies follows arrays, domains and composites):
-- the types are rebuilt with the columns parked.
CREATE TYPE inner_t AS (a int, b text);
CREATE TYPE outer_t AS (i inner_t, n int);
CREATE FUNCTION mk() RETURNS outer_t LANGUAGE sql AS $$ SELECT ROW(ROW(1, 'x')::inner_t, 2)::outer_t $$;
CREATE VIEW v AS SELECT ((mk()).i).a AS a, (mk()).n AS n;
CREATE TABLE keep (id int, o outer_t[]);
CREATE TYPE "Pt ü" AS (x int, y int);
CREATE DOMAIN "Pt Dom" AS "Pt ü";
CREATE TABLE holder (id int, d "Pt Dom");
