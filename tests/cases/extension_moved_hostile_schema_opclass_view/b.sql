CREATE SCHEMA "select";
CREATE EXTENSION pg_trgm SCHEMA "select";
CREATE EXTENSION citext SCHEMA "select";
CREATE TABLE t (id int, a text, c "select".citext, cs "select".citext[]);
CREATE INDEX t_trgm ON t USING gist (a "select".gist_trgm_ops);
CREATE VIEW v AS SELECT id, c FROM t;
