CREATE TYPE address AS (street text, city varchar(40), zip integer);
CREATE TYPE pair AS (a int, b int);
CREATE TYPE gone AS (x text);
CREATE TABLE person (id int PRIMARY KEY, home address);
CREATE FUNCTION mk_pair(int, int) RETURNS pair LANGUAGE sql AS $$ SELECT ROW($1, $2)::pair $$;
