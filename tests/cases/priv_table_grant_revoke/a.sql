DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE TABLE reports (
    id integer PRIMARY KEY,
    title text NOT NULL,
    salary_data numeric
);

CREATE TABLE logs (
    id bigint PRIMARY KEY,
    line text
);

GRANT SELECT ON reports TO pgdiff_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON logs TO pgdiff_writer;
GRANT SELECT ON logs TO pgdiff_reader;
