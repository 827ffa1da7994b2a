-- Attributes of composite types dropped or retyped in place (ALTER TYPE)
-- while views and SQL-standard bodies read them: PostgreSQL refuses both
-- ("cannot drop column b of composite type ... because other objects depend
-- on it", "cannot alter type of a column used by a view or rule"), also when
-- their text stays the same. The views are rebuilt around the ALTER, the
-- routines get a placeholder body first and their definition after.
CREATE TYPE rec AS (a int, b int, c text);
CREATE FUNCTION getb(x rec) RETURNS int LANGUAGE sql IMMUTABLE RETURN (x).b;
CREATE FUNCTION "Sum B"() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT sum((ROW(1, 2, 'x')::rec).b);
END;
CREATE VIEW vb AS SELECT (ROW(1, 2, 'x')::rec).a, (ROW(1, 2, 'x')::rec).b;
CREATE TYPE "Rec ""2""" AS (a int, b int);
CREATE VIEW "v 2" AS SELECT (ROW(1, 2)::"Rec ""2""").a IS NULL AS n;
CREATE FUNCTION getb2(x "Rec ""2""") RETURNS boolean LANGUAGE sql IMMUTABLE RETURN (x).b IS NULL;
CREATE PROCEDURE useb2(x "Rec ""2""") LANGUAGE sql
BEGIN ATOMIC
  SELECT (x).b IS NULL;
END;
CREATE FUNCTION plain(x "Rec ""2""") RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW vplain AS SELECT plain(ROW(1, 2)) AS p;
