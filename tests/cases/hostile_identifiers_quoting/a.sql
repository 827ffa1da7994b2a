CREATE SCHEMA "My Schema";

CREATE TABLE "My Schema"."UserTable" (
    "Id" integer PRIMARY KEY,
    "order" integer NOT NULL,
    "full name" text
);

CREATE TABLE "select" (
    "from" integer PRIMARY KEY,
    "we""ird" text
);

CREATE TYPE "My Schema"."Status" AS ENUM ('Active', 'in active');
