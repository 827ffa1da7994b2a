CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE FUNCTION public.log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
-- tags changed (replaced)
CREATE EVENT TRIGGER et_tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.log_ddl();
-- disabled -> enabled always; comment changed
CREATE EVENT TRIGGER et_state ON ddl_command_start EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER et_state DISABLE;
COMMENT ON EVENT TRIGGER et_state IS 'off';
-- dropped, with its function
CREATE FUNCTION public.old_hook() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER et_gone ON sql_drop EXECUTE FUNCTION public.old_hook();

-- casts between user types
CREATE TYPE public.money2 AS (units bigint);
CREATE TYPE public.label AS ENUM ('a', 'b');
CREATE DOMAIN public.posint AS integer CHECK (VALUE > 0);
CREATE FUNCTION public.money2_to_int(public.money2) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT ($1).units::integer';
CREATE FUNCTION public.int_to_money2(integer) RETURNS public.money2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1)::public.money2';
-- context changed (explicit -> implicit)
CREATE CAST (public.money2 AS integer) WITH FUNCTION public.money2_to_int(public.money2);
-- dropped
CREATE CAST (integer AS public.money2) WITH FUNCTION public.int_to_money2(integer) AS ASSIGNMENT;
-- WITH INOUT, method changed to a function in b
CREATE CAST (public.label AS integer) WITH INOUT;
COMMENT ON CAST (public.money2 AS integer) IS 'units';
