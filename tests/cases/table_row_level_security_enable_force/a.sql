CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    body text
);

CREATE TABLE secrets (
    id integer PRIMARY KEY,
    value text
);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
