CREATE TYPE address AS (street text, city varchar(80), zip integer, country text);
CREATE TABLE person (id int PRIMARY KEY, home address);
INSERT INTO person VALUES (1, ROW('s', 'c', 1, NULL));
CREATE TYPE "odd ""T""" AS ("select" varchar(10), "New" int);
CREATE TABLE t2 (id int, v "odd ""T""");
INSERT INTO t2 VALUES (1, ROW('q', 7));
