CREATE TYPE rec AS (a int, c text, d int);
CREATE FUNCTION getb(x rec) RETURNS int LANGUAGE sql IMMUTABLE RETURN (x).d;
CREATE FUNCTION "Sum B"() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT sum((ROW(1, 'x', 2)::rec).d);
END;
CREATE VIEW vb AS SELECT (ROW(1, 'x', 2)::rec).a, (ROW(1, 'x', 2)::rec).d;
CREATE TYPE "Rec ""2""" AS (a bigint, b numeric);
CREATE VIEW "v 2" AS SELECT (ROW(1, 2)::"Rec ""2""").a IS NULL AS n;
CREATE FUNCTION getb2(x "Rec ""2""") RETURNS boolean LANGUAGE sql IMMUTABLE RETURN (x).b IS NULL;
CREATE PROCEDURE useb2(x "Rec ""2""") LANGUAGE sql
BEGIN ATOMIC
  SELECT (x).b IS NULL;
END;
CREATE FUNCTION plain(x "Rec ""2""") RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW vplain AS SELECT plain(ROW(1, 2)) AS p;
-- a parameter DEFAULT and a column DEFAULT reading an attribute (text kept):
-- CREATE OR REPLACE cannot remove a parameter default, the function is replaced
CREATE FUNCTION pdef(x int DEFAULT (NULL::"Rec ""2""").a) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN x; END $$;
CREATE TABLE t (id int DEFAULT (NULL::"Rec ""2""").a, k int);
-- OUT parameters, RETURNS TABLE, SECURITY DEFINER / SET / comment kept by the
-- redefinition; the view calling f_out stays
CREATE FUNCTION f_out(x "Rec ""2""", OUT y boolean, OUT z boolean) LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = public
BEGIN ATOMIC SELECT (x).b IS NULL, (x).a IS NULL; END;
CREATE FUNCTION f_tab(x "Rec ""2""") RETURNS TABLE(q boolean) LANGUAGE sql STABLE
BEGIN ATOMIC SELECT (x).b IS NULL; END;
COMMENT ON FUNCTION f_tab("Rec ""2""") IS 'kept';
CREATE VIEW v_out AS SELECT (f_out(ROW(1, 2))).y;
