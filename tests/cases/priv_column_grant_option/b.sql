DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE staff (id int PRIMARY KEY, name text, salary numeric, notes text);
CREATE SEQUENCE ticket_seq;
CREATE TYPE level AS ENUM ('lo', 'hi');
CREATE DOMAIN pos AS int CHECK (VALUE > 0);
CREATE FUNCTION calc(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$;
-- column grants: one column added, one removed, grant option gained and lost
GRANT SELECT (id, name, notes) ON staff TO pgdiff_reader WITH GRANT OPTION;
GRANT SELECT (salary) ON staff TO pgdiff_writer;
GRANT INSERT (name, notes) ON staff TO pgdiff_writer;
GRANT USAGE, SELECT ON SEQUENCE ticket_seq TO pgdiff_writer WITH GRANT OPTION;
GRANT USAGE ON TYPE level TO pgdiff_reader;
REVOKE USAGE ON DOMAIN pos FROM PUBLIC;
GRANT USAGE ON DOMAIN pos TO pgdiff_writer WITH GRANT OPTION;
REVOKE EXECUTE ON FUNCTION calc(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION calc(int) TO pgdiff_reader WITH GRANT OPTION;
