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

-- table grant narrowed to columns, writer loses UPDATE/DELETE, reader loses logs
GRANT SELECT (id, title) ON reports TO pgdiff_reader;
GRANT SELECT, INSERT ON logs TO pgdiff_writer;
GRANT SELECT ON reports TO pgdiff_writer WITH GRANT OPTION;
