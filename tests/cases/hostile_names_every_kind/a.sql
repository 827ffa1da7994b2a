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
    "it's" text DEFAULT 'it''s $$ a ''quote'' \ backslash',
    "user" text
);
CREATE TABLE "SELECT"."TABLE" ("from" int);
CREATE TABLE "select"."table" ("FROM" int);
CREATE TYPE "Ünïcödé Schéma"."mood ""x""" AS ENUM ('sad', 'it''s ok', '$$', 'Happy "quoted"');
CREATE FUNCTION "x""; drop table y; --"."f$$"("a b" integer) RETURNS text LANGUAGE sql IMMUTABLE
    AS $f$ SELECT '$$ body $$ ' || "a b"::text $f$;
COMMENT ON TABLE "x""; drop table y; --"."t"" ; --" IS 'old '' comment';
