CREATE SCHEMA app;
CREATE SCHEMA reporting;

CREATE TABLE app.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION app.normalize_email(e text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(trim(e)) $$;

CREATE UNIQUE INDEX users_email_norm_idx ON app.users (app.normalize_email(email));

CREATE VIEW reporting.user_emails AS
    SELECT id, app.normalize_email(email) AS email, created_at FROM app.users;

CREATE TABLE reporting.daily_signups (
    day date PRIMARY KEY,
    signups integer NOT NULL DEFAULT 0
);
