-- extensions in a schema with a space moved to a schema named select (old one dropped) under a citext column, a citext[] column, a gist_trgm_ops index and a view
CREATE SCHEMA "Ext Schema";
CREATE EXTENSION pg_trgm SCHEMA "Ext Schema";
CREATE EXTENSION citext SCHEMA "Ext Schema";
CREATE TABLE t (id int, a text, c "Ext Schema".citext, cs "Ext Schema".citext[]);
CREATE INDEX t_trgm ON t USING gist (a "Ext Schema".gist_trgm_ops);
CREATE VIEW v AS SELECT id, c FROM t;
