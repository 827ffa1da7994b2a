-- Dependency cycles that PostgreSQL records through SQL-standard function
-- bodies: a view calling a function whose body reads the view, and two
-- mutually recursive functions. No order of plain CREATEs (or DROPs) works:
-- pgdiff must create a routine with a placeholder body first and define it
-- at the end (and empty a body before dropping what it refers to).
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint';
CREATE VIEW v AS SELECT id, f() AS n FROM t;
CREATE OR REPLACE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM v; END;
CREATE FUNCTION g1(n int, OUT r int) LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g2(n int DEFAULT 3) RETURNS SETOF int LANGUAGE sql BEGIN ATOMIC SELECT g1(n); END;
CREATE OR REPLACE FUNCTION g1(n int, OUT r int) LANGUAGE sql
    BEGIN ATOMIC SELECT CASE WHEN n > 0 THEN (SELECT max(x) FROM g2(n - 1) x) ELSE 0 END; END;
CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT g1(1); END;
