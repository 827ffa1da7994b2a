CREATE FUNCTION add_sq(acc numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT acc + v * v $$;
CREATE AGGREGATE sum_sq(numeric) (SFUNC = add_sq, STYPE = numeric, INITCOND = '0');
CREATE AGGREGATE old_agg(int4) (SFUNC = int4pl, STYPE = int4);
