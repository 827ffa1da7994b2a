CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql
    AS $$ SELECT amount * 1.2 $$;

CREATE FUNCTION user_ids(min_id integer) RETURNS SETOF integer
    LANGUAGE sql STABLE
    AS $$ SELECT g FROM generate_series(min_id, min_id + 10) g $$;

CREATE FUNCTION safe_eq(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    AS $$ SELECT a = b $$;
