CREATE SCHEMA app;
CREATE SCHEMA reporting;

CREATE TABLE app.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION app.normalize_email(e text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(e) $$;

CREATE VIEW reporting.user_emails AS
    SELECT id, app.normalize_email(email) AS email FROM app.users;
