DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
-- per-schema default changed, global default removed, new defaults on sequences / schemas, grant option
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO pgdiff_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO pgdiff_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO pgdiff_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
