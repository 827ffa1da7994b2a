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
