DO $$ BEGIN CREATE ROLE pgdiff_super_owner1 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_super_owner2 SUPERUSER NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR public.=== (FUNCTION = public.int_eq, LEFTARG = integer, RIGHTARG = integer);
ALTER OPERATOR public.=== (integer, integer) OWNER TO pgdiff_super_owner2;
CREATE OPERATOR FAMILY public.fam USING hash;
CREATE OPERATOR CLASS public.cls FOR TYPE integer USING hash FAMILY public.fam AS OPERATOR 1 ===, FUNCTION 1 hashint4(integer);
ALTER OPERATOR CLASS public.cls USING hash OWNER TO pgdiff_super_owner2;
-- a new operator owned by someone else than the script's runner
CREATE OPERATOR public.<=> (FUNCTION = public.int_eq, LEFTARG = integer, RIGHTARG = integer);
ALTER OPERATOR public.<=> (integer, integer) OWNER TO pgdiff_super_owner1;
