CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE FUNCTION user_count() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT count(*)::integer FROM users $$;

CREATE FUNCTION find_user(p_id integer) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT name FROM users WHERE id = p_id $$;

CREATE FUNCTION user_stats(OUT total integer, OUT longest text)
    LANGUAGE sql STABLE
    AS $$ SELECT count(*)::integer, max(name) FROM users $$;
