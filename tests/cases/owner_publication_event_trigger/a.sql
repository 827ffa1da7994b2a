-- Owners of publications (FOR ALL TABLES) and event triggers must be superusers.
DO $$ BEGIN CREATE ROLE pgdiff_super_owner1 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_super_owner2 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.hook() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE PUBLICATION pub_owned FOR TABLE public.t;
ALTER PUBLICATION pub_owned OWNER TO pgdiff_super_owner1;
CREATE PUBLICATION pub_all FOR ALL TABLES;
CREATE EVENT TRIGGER et_owned ON ddl_command_end EXECUTE FUNCTION public.hook();
ALTER EVENT TRIGGER et_owned OWNER TO pgdiff_super_owner1;
