CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE FUNCTION public.log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER et_tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.log_ddl();
CREATE EVENT TRIGGER et_state ON ddl_command_start EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER et_state ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER et_state IS 'always';
-- new, with a new function and a comment, created replica-only
CREATE FUNCTION public.new_hook() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER et_new ON sql_drop EXECUTE FUNCTION public.new_hook();
ALTER EVENT TRIGGER et_new ENABLE REPLICA;
COMMENT ON EVENT TRIGGER et_new IS 'new';

CREATE TYPE public.money2 AS (units bigint);
CREATE TYPE public.label AS ENUM ('a', 'b');
CREATE DOMAIN public.posint AS integer CHECK (VALUE > 0);
CREATE FUNCTION public.money2_to_int(public.money2) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT ($1).units::integer';
CREATE FUNCTION public.int_to_money2(integer) RETURNS public.money2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1)::public.money2';
CREATE FUNCTION public.label_to_int(public.label) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT CASE $1 WHEN ''a'' THEN 1 ELSE 2 END';
CREATE CAST (public.money2 AS integer) WITH FUNCTION public.money2_to_int(public.money2) AS IMPLICIT;
CREATE CAST (public.label AS integer) WITH FUNCTION public.label_to_int(public.label) AS ASSIGNMENT;
COMMENT ON CAST (public.money2 AS integer) IS 'units, implicitly';
-- new: a cast with a new function, and one WITHOUT FUNCTION (binary coercible)
CREATE TYPE public.pair AS (a integer, b integer);
CREATE FUNCTION public.pair_to_text(public.pair) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a || '','' || ($1).b';
CREATE CAST (public.pair AS text) WITH FUNCTION public.pair_to_text(public.pair);
CREATE CAST (bytea AS text) WITHOUT FUNCTION;
