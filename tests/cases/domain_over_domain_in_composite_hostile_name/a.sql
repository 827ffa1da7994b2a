-- hostile-named domain gains NOT NULL, DEFAULT and a renamed CHECK; a domain over it (inheriting the default) stored in a composite used by a table column, a function and a view
CREATE DOMAIN "Dom ""x""" AS integer CONSTRAINT pos CHECK (VALUE > 0);
CREATE DOMAIN d2 AS "Dom ""x""" CHECK (VALUE < 100);
CREATE TYPE comp AS (a d2, b text);
CREATE TABLE t (id int, v d2, c comp);
CREATE FUNCTION f(x d2) RETURNS d2 LANGUAGE sql AS $$ SELECT x $$;
CREATE VIEW v AS SELECT id, v::"Dom ""x""" AS w FROM t;
