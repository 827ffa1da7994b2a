-- A composite type whose attribute is retyped while a column stores it is rebuilt
-- with the column parked on text; when attributes are added, dropped or
-- renamed too, the parked text is written in the new layout (kept attributes
-- by name, new ones NULL) or converting it back fails ("malformed record
-- literal"). Rows kept: a value, a NULL, a row of NULLs, quotes and commas.
CREATE TYPE address AS (street text, city varchar(40), zip integer);
CREATE TABLE person (id int PRIMARY KEY, home address);
INSERT INTO person VALUES (1, ROW('s', 'c', 1));
INSERT INTO person VALUES (2, NULL), (3, ROW(NULL, NULL, NULL));
CREATE TYPE "odd ""T""" AS ("Zip" int, "select" text);
CREATE TABLE t2 (id int, v "odd ""T""");
INSERT INTO t2 VALUES (1, ROW(5, 'a,b"c'));
