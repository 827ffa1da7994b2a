-- Hostile names across every kind the engine models; the 63-byte names
-- (NAMEDATALEN-1, ASCII and two-byte UTF-8) are the longest PostgreSQL keeps.
DO $do$ BEGIN CREATE ROLE "Hostile ""Role""; --"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$;
DO $do$ BEGIN CREATE ROLE "rôle select"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$;
CREATE SCHEMA "x""; drop table y; --";
CREATE SCHEMA "Ünïcödé Schéma";
CREATE SCHEMA "SELECT";
CREATE SCHEMA "select";

CREATE TABLE "x""; drop table y; --"."t"" ; --" (
    "id" integer PRIMARY KEY,
    "Id" integer,
    "it's" text DEFAULT 'it''s changed $$ \ '' " ',
    "user" text,
    "LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ" integer,
    "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüu" text COLLATE "C",
    "col ""q"" ; --" text DEFAULT $d$ $$ dollar $$ $d$,
    CONSTRAINT "chk ""x""; drop table y; --" CHECK ("Id" <> 0 AND "it's" <> ';--'),
    CONSTRAINT "uniq Id" UNIQUE ("Id")
);
CREATE TABLE "SELECT"."TABLE" ("from" int, "To" int);
CREATE TABLE "select"."table" ("FROM" int, "to" int);
CREATE TABLE "Ünïcödé Schéma"."ref ""table""" (
    "ref" integer REFERENCES "x""; drop table y; --"."t"" ; --" ("id") ON DELETE CASCADE,
    "LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ" integer
);
CREATE INDEX "idx ""Id""; --" ON "x""; drop table y; --"."t"" ; --" ("Id") WHERE "user" <> 'o''brien';
CREATE INDEX "LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ" ON "Ünïcödé Schéma"."ref ""table""" ("LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ");
CREATE TYPE "Ünïcödé Schéma"."mood ""x""" AS ENUM ('sad', 'it''s ok', '$$', 'Happy "quoted"', 'new \ '' label');
CREATE TYPE "x""; drop table y; --"."pair ""p""" AS ("left ""l""" integer, "right; --" text);
CREATE DOMAIN "x""; drop table y; --"."pos ""int""" AS integer DEFAULT 1
    CONSTRAINT "positive ""chk""" CHECK (VALUE > 0);
CREATE TYPE "Ünïcödé Schéma"."range ""r""" AS RANGE (SUBTYPE = integer);
CREATE SEQUENCE "x""; drop table y; --"."seq ""s""; --" START 7;
CREATE SEQUENCE "select"."LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ";
CREATE FUNCTION "x""; drop table y; --"."f$$"("a b" integer) RETURNS text LANGUAGE sql IMMUTABLE
    AS $f$ SELECT '$$ body changed $$ ' || "a b"::text || ' $f ' $f$;
CREATE FUNCTION "Ünïcödé Schéma"."trg ""fn""; --"() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN NEW."user" := 'trigger''d $x$'; RETURN NEW; END $$;
CREATE TRIGGER "trg ""t""; drop --" BEFORE INSERT OR UPDATE OF "user" ON "x""; drop table y; --"."t"" ; --"
    FOR EACH ROW WHEN (NEW."Id" IS DISTINCT FROM 0) EXECUTE FUNCTION "Ünïcödé Schéma"."trg ""fn""; --"();
CREATE VIEW "select"."view ""v""; --" AS
    SELECT t."id", t."it's" AS "alias ""a""", '$$'::text AS "$$"
    FROM "x""; drop table y; --"."t"" ; --" t WHERE t."user" = 'o''neil';
CREATE MATERIALIZED VIEW "SELECT"."mv ""m""" AS SELECT "from" FROM "SELECT"."TABLE";
ALTER TABLE "x""; drop table y; --"."t"" ; --" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol ""p""; --" ON "x""; drop table y; --"."t"" ; --"
    TO "Hostile ""Role""; --", "rôle select" USING ("user" = 'it''s me');
GRANT USAGE ON SCHEMA "x""; drop table y; --" TO "Hostile ""Role""; --";
GRANT SELECT ("Id", "it's") ON "x""; drop table y; --"."t"" ; --" TO "rôle select";
GRANT SELECT, INSERT ON "select"."view ""v""; --" TO "Hostile ""Role""; --";
COMMENT ON TABLE "x""; drop table y; --"."t"" ; --" IS 'new '' comment; DROP TABLE y; -- $$ \ "q"';
COMMENT ON COLUMN "x""; drop table y; --"."t"" ; --"."LxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ" IS E'line1\nline2 \\ tab\t';
COMMENT ON SCHEMA "Ünïcödé Schéma" IS 'ünïcödé ''comment''';
COMMENT ON FUNCTION "x""; drop table y; --"."f$$"(integer) IS '$$';
COMMENT ON TYPE "Ünïcödé Schéma"."mood ""x""" IS 'enum '' comment';
COMMENT ON POLICY "pol ""p""; --" ON "x""; drop table y; --"."t"" ; --" IS 'policy ''c''';
COMMENT ON TRIGGER "trg ""t""; drop --" ON "x""; drop table y; --"."t"" ; --" IS 'trigger ''c''';
COMMENT ON CONSTRAINT "chk ""x""; drop table y; --" ON "x""; drop table y; --"."t"" ; --" IS 'constraint ''c''';
COMMENT ON INDEX "x""; drop table y; --"."idx ""Id""; --" IS 'index ''c''';
COMMENT ON SEQUENCE "x""; drop table y; --"."seq ""s""; --" IS 'seq ''c''';
COMMENT ON VIEW "select"."view ""v""; --" IS 'view ''c''';
COMMENT ON DOMAIN "x""; drop table y; --"."pos ""int""" IS 'domain ''c''';
-- typed table, publication (column list, row filter, schema), event trigger, cast
CREATE TABLE "x""; drop table y; --"."typed ""t""; --" OF "x""; drop table y; --"."pair ""p""" ("right; --" WITH OPTIONS DEFAULT '$$');
CREATE PUBLICATION "pub ""p""; drop --" FOR TABLE "select"."table" ("FROM", "to") WHERE ("to" > 0);
CREATE PUBLICATION "pub3 ""s""" FOR TABLES IN SCHEMA "Ünïcödé Schéma";
CREATE PUBLICATION "pub2 ""q""; --" FOR TABLE "select"."table" WHERE ("FROM" <> 1);
COMMENT ON PUBLICATION "pub ""p""; drop --" IS 'pub ''c''; $$';
CREATE FUNCTION "x""; drop table y; --"."evt ""fn""; --"() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER "evt ""e""; drop --" ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION "x""; drop table y; --"."evt ""fn""; --"();
COMMENT ON EVENT TRIGGER "evt ""e""; drop --" IS 'evt ''c''';
CREATE FUNCTION "x""; drop table y; --"."pair_int"("x""; drop table y; --"."pair ""p""") RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE CAST ("x""; drop table y; --"."pair ""p""" AS integer) WITH FUNCTION "x""; drop table y; --"."pair_int"("x""; drop table y; --"."pair ""p""");
COMMENT ON CAST ("x""; drop table y; --"."pair ""p""" AS integer) IS 'cast ''c''';
-- operator, operator family and class
CREATE FUNCTION "x""; drop table y; --"."op ""eq""; --"(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR "x""; drop table y; --".=#= (FUNCTION = "x""; drop table y; --"."op ""eq""; --", LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR("x""; drop table y; --".=#=), RESTRICT = eqsel);
COMMENT ON OPERATOR "x""; drop table y; --".=#= (integer, integer) IS 'op ''c''; $$';
CREATE OPERATOR FAMILY "Ünïcödé Schéma"."fam ""f""; --" USING hash;
CREATE OPERATOR CLASS "Ünïcödé Schéma"."cls ""c""; --" FOR TYPE integer USING hash FAMILY "Ünïcödé Schéma"."fam ""f""; --"
  AS OPERATOR 1 "x""; drop table y; --".=#=, FUNCTION 1 hashint4(integer);
COMMENT ON OPERATOR CLASS "Ünïcödé Schéma"."cls ""c""; --" USING hash IS 'class ''c''';
COMMENT ON OPERATOR FAMILY "Ünïcödé Schéma"."fam ""f""; --" USING hash IS 'family ''f''';
