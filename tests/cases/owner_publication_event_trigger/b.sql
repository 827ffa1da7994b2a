DO $$ BEGIN CREATE ROLE pgdiff_super_owner1 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_super_owner2 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.hook() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE PUBLICATION pub_owned FOR TABLE public.t;
ALTER PUBLICATION pub_owned OWNER TO pgdiff_super_owner2;
CREATE PUBLICATION pub_all FOR ALL TABLES;
ALTER PUBLICATION pub_all OWNER TO pgdiff_super_owner1;
CREATE EVENT TRIGGER et_owned ON ddl_command_end EXECUTE FUNCTION public.hook();
ALTER EVENT TRIGGER et_owned OWNER TO pgdiff_super_owner2;
-- a new event trigger owned by someone else than the script's runner
CREATE EVENT TRIGGER et_new ON ddl_command_start EXECUTE FUNCTION public.hook();
ALTER EVENT TRIGGER et_new OWNER TO pgdiff_super_owner1;
