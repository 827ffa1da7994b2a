CREATE TABLE notes (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    tenant_id integer NOT NULL,
    body text
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;

CREATE POLICY notes_owner_read ON notes AS PERMISSIVE FOR SELECT
    USING (owner = current_user);
