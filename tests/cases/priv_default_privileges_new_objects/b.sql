DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO pgdiff_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pgdiff_writer;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO pgdiff_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE app.kept (id int);
-- new tables get the schema's default grants: one keeps them, one loses reader, one loses writes
CREATE TABLE app.plain (id int);
CREATE TABLE app.secrets (id int, data text);
REVOKE SELECT ON app.secrets FROM pgdiff_reader;
CREATE TABLE app.readonly_data (id int);
REVOKE INSERT, UPDATE, DELETE ON app.readonly_data FROM pgdiff_writer;
-- a view in the schema counts as a table; a sequence and a function get the global defaults
CREATE VIEW app.v AS SELECT id FROM app.plain;
CREATE SEQUENCE app.s;
CREATE SEQUENCE public.s2;
REVOKE USAGE ON SEQUENCE public.s2 FROM pgdiff_reader;
CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION public.g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
GRANT EXECUTE ON FUNCTION public.g() TO PUBLIC;
