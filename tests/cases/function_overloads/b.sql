-- One overload changes body, one is dropped, two are added (incl. a
-- defaulted argument and a variadic one) under the same name.
CREATE FUNCTION area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round((pi() * r * r)::numeric, 6)::double precision $$;

CREATE FUNCTION area(w integer, h integer, scale integer DEFAULT 1) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT (w::bigint * h) * scale $$;

CREATE FUNCTION area(VARIADIC sides numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT sides[1] * sides[2] $$;
