CREATE SCHEMA "My Schema";

CREATE TYPE "My Schema"."Status" AS ENUM ('Active', 'in active', 'it''s "done"');

CREATE TABLE "My Schema"."UserTable" (
    "Id" bigint PRIMARY KEY,
    "order" integer NOT NULL DEFAULT 0,
    "full name" text NOT NULL,
    "Status" "My Schema"."Status" DEFAULT 'Active'
);

CREATE INDEX "UserTable order idx" ON "My Schema"."UserTable" ("order" DESC);

CREATE TABLE "select" (
    "from" integer PRIMARY KEY,
    "we""ird" varchar(200),
    CONSTRAINT "we""ird check" CHECK ("we""ird" <> '')
);

CREATE VIEW "My Schema"."Active Users" AS
    SELECT "Id", "full name" FROM "My Schema"."UserTable" WHERE "Status" = 'Active';

CREATE FUNCTION "My Schema"."Get ""Order"""("user" integer) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT "order" FROM "My Schema"."UserTable" WHERE "Id" = "user" $$;

CREATE SEQUENCE "select_Seq"  OWNED BY "select"."from";
