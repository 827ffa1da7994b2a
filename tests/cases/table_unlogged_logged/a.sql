CREATE UNLOGGED TABLE import_staging (
    id integer PRIMARY KEY,
    raw text
);

CREATE TABLE session_cache (
    key text PRIMARY KEY,
    value jsonb
);
