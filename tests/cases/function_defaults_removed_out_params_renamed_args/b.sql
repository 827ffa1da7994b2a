CREATE FUNCTION f1(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION f2(a int, OUT x int, OUT z bigint) LANGUAGE sql AS 'SELECT a, a::bigint';
CREATE FUNCTION f3(q int) RETURNS int LANGUAGE sql AS 'SELECT q';
CREATE VIEW v AS SELECT f1(1, 2) AS a, f3(2) AS b, (f2(3)).x AS c;
CREATE TABLE t (id int DEFAULT f1(1, 1), CHECK (f3(id) > 0));
