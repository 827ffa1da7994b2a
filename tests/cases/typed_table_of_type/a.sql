-- typed by the same type on both sides: the type's attributes change (CASCADE)
CREATE TYPE person AS (id integer, name text, nick text);
CREATE TABLE people OF person (id WITH OPTIONS PRIMARY KEY, name WITH OPTIONS NOT NULL);
COMMENT ON COLUMN people.nick IS 'goes away with the attribute';

-- a plain table that becomes typed (ALTER TABLE OF), a typed one that
-- becomes plain (NOT OF) and gains a column
CREATE TYPE addr AS (street text, city text);
CREATE TABLE plain_addr (street text, city text DEFAULT 'Paris');
CREATE TABLE was_typed OF addr (city WITH OPTIONS NOT NULL);

-- typed table and its type dropped
CREATE TYPE gone AS (x integer);
CREATE TABLE gone_t OF gone;

-- a typed table that moves to another type with the same attributes
CREATE TYPE pair_a AS (k integer, v text);
CREATE TYPE pair_b AS (k integer, v text);
CREATE TABLE pairs OF pair_a;
