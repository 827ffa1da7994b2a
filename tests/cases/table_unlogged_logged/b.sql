CREATE TABLE import_staging (
    id integer PRIMARY KEY,
    raw text
);

CREATE UNLOGGED TABLE session_cache (
    key text PRIMARY KEY,
    value jsonb
);
