-- address: zip dropped, city widened, country added (ALTER TYPE in place while a table uses it);
-- pair unchanged; gone dropped; new composite used by a new column
CREATE TYPE address AS (street text, city varchar(80), country text COLLATE "C");
CREATE TYPE pair AS (a int, b int);
CREATE TYPE money_amt AS (amount numeric(12,2), currency char(3));
CREATE TABLE person (id int PRIMARY KEY, home address, salary money_amt);
CREATE FUNCTION mk_pair(int, int) RETURNS pair LANGUAGE sql AS $$ SELECT ROW($1, $2)::pair $$;
