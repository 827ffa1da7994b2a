-- sum_sq INITCOND changed; old_agg dropped; an ordered-set aggregate and a moving-aggregate added
CREATE FUNCTION add_sq(acc numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT acc + v * v $$;
CREATE AGGREGATE sum_sq(numeric) (SFUNC = add_sq, STYPE = numeric, INITCOND = '1');
CREATE FUNCTION first_sfunc(state anyelement, v anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(state, v) $$;
CREATE AGGREGATE my_pct(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE AGGREGATE first_val(anyelement) (SFUNC = first_sfunc, STYPE = anyelement, PARALLEL = SAFE);
CREATE AGGREGATE msum(int4) (SFUNC = int4pl, STYPE = int4, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = int4);
