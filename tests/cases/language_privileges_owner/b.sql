DO $$ BEGIN CREATE ROLE pgdiff_lang_user; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_lang_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_super_owner1 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TRUSTED LANGUAGE pl_changed HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
CREATE FUNCTION public.f_changed() RETURNS integer LANGUAGE pl_changed AS 'begin return 1; end';
CREATE TRUSTED LANGUAGE pl_granted HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;
GRANT USAGE ON LANGUAGE pl_granted TO pgdiff_lang_admin WITH GRANT OPTION;
COMMENT ON LANGUAGE pl_granted IS 'granted ''again''';
ALTER LANGUAGE pl_granted OWNER TO pgdiff_super_owner1;
-- new, with a hostile name, a comment, a grant and a function written in it
CREATE TRUSTED LANGUAGE "pl ""new""; --" HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler;
GRANT USAGE ON LANGUAGE "pl ""new""; --" TO pgdiff_lang_user;
COMMENT ON LANGUAGE "pl ""new""; --" IS 'new ''lang''';
CREATE FUNCTION public.f_new() RETURNS integer LANGUAGE "pl ""new""; --" AS 'begin return 2; end';
