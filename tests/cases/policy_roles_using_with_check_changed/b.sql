DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE TABLE projects (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    is_public boolean NOT NULL DEFAULT false
);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

-- roles list, USING and WITH CHECK all change
CREATE POLICY projects_read ON projects FOR SELECT TO pgdiff_reader, pgdiff_writer
    USING (is_public OR owner_name = current_user);

CREATE POLICY projects_write ON projects FOR UPDATE TO pgdiff_writer
    USING (owner_name = current_user)
    WITH CHECK (owner_name = current_user AND NOT is_public);
