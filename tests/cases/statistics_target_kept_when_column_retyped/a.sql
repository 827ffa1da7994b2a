-- a column's collation changes (ALTER COLUMN TYPE) under an expression statistics object with SET STATISTICS 50 and a comment, while another statistics object's enum column is parked
CREATE TYPE mood AS ENUM ('a','b');
CREATE TABLE t (m mood, n int, c text COLLATE "C");
CREATE STATISTICS s ON m, n FROM t;
CREATE STATISTICS "S2 ""x""" ON (lower(c)), n FROM t;
ALTER STATISTICS "S2 ""x""" SET STATISTICS 50;
COMMENT ON STATISTICS "S2 ""x""" IS 'kept';
