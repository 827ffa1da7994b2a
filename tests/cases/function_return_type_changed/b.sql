-- Return types (and OUT parameters) change: CREATE OR REPLACE is refused,
-- a DROP + CREATE is required.
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE FUNCTION user_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM users $$;

CREATE FUNCTION find_user(p_id integer) RETURNS SETOF users
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM users WHERE id = p_id $$;

CREATE FUNCTION user_stats(OUT total bigint, OUT longest text, OUT shortest text)
    LANGUAGE sql STABLE
    AS $$ SELECT count(*), max(name), min(name) FROM users $$;
