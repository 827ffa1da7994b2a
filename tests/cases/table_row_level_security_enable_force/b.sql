CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE TABLE secrets (
    id integer PRIMARY KEY,
    value text
);
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
