-- extensions moved between schemas, one out of a schema that is dropped: ALTER EXTENSION SET SCHEMA before DROP SCHEMA, columns of their types untouched
CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE EXTENSION citext;
CREATE TABLE t (h ext.hstore, c citext);
CREATE INDEX ti ON t USING gin (h);
