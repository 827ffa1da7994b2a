CREATE DOMAIN "Dom ""x""" AS integer CONSTRAINT positive CHECK (VALUE > 0) NOT NULL DEFAULT 5;
CREATE DOMAIN d2 AS "Dom ""x""" CHECK (VALUE < 200);
CREATE TYPE comp AS (a d2, b text);
CREATE TABLE t (id int, v d2, c comp);
CREATE FUNCTION f(x d2) RETURNS d2 LANGUAGE sql AS $$ SELECT x $$;
CREATE VIEW v AS SELECT id, v::"Dom ""x""" AS w FROM t;
