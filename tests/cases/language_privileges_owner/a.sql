DO $$ BEGIN CREATE ROLE pgdiff_lang_user; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_lang_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_super_owner1 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
-- plpgsql's own handler functions serve these languages: no C code needed
-- untrusted, no inline handler: TRUSTED and INLINE added in b (CREATE OR REPLACE LANGUAGE)
CREATE LANGUAGE pl_changed HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.f_changed() RETURNS integer LANGUAGE pl_changed AS 'begin return 1; end';
-- privileges and comment changed, owner changed
CREATE TRUSTED LANGUAGE pl_granted HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
REVOKE USAGE ON LANGUAGE pl_granted FROM PUBLIC;
GRANT USAGE ON LANGUAGE pl_granted TO pgdiff_lang_user;
COMMENT ON LANGUAGE pl_granted IS 'granted';
-- dropped in b, with the function written in it
CREATE LANGUAGE "pl ""gone""; --" HANDLER plpgsql_call_handler;
CREATE FUNCTION public.f_gone() RETURNS integer LANGUAGE "pl ""gone""; --" AS 'begin return 1; end';
