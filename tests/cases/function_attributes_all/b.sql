CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
    AS $$ SELECT amount * 1.2 $$;

CREATE FUNCTION user_ids(min_id integer) RETURNS SETOF integer
    LANGUAGE sql VOLATILE SECURITY DEFINER ROWS 500 PARALLEL RESTRICTED
    SET search_path = public, pg_temp
    SET work_mem = '64MB'
    AS $$ SELECT g FROM generate_series(min_id, min_id + 10) g $$;

CREATE FUNCTION safe_eq(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE CALLED ON NULL INPUT PARALLEL UNSAFE NOT LEAKPROOF
    AS $$ SELECT a = b $$;
