-- The functions must be created before the table whose DEFAULTs call them
-- (and in b -> a the table must be dropped before the functions).
CREATE TABLE customers (
    id integer PRIMARY KEY
);

CREATE FUNCTION gen_ref_code() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT 'REF-' || lpad((random() * 1e6)::integer::text, 6, '0') $$;

CREATE FUNCTION today_utc() RETURNS date
    LANGUAGE sql STABLE
    AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

CREATE TABLE referrals (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    code text NOT NULL DEFAULT gen_ref_code(),
    created_on date NOT NULL DEFAULT today_utc()
);
