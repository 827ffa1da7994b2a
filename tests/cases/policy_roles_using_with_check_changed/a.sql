DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE TABLE projects (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    is_public boolean NOT NULL DEFAULT false
);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

CREATE POLICY projects_read ON projects FOR SELECT TO pgdiff_reader
    USING (is_public);

CREATE POLICY projects_write ON projects FOR INSERT TO pgdiff_writer
    WITH CHECK (owner_name = current_user);
