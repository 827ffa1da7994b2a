CREATE TYPE person AS (id integer, name varchar(200), age integer);
CREATE TABLE people OF person (id WITH OPTIONS PRIMARY KEY, name WITH OPTIONS NOT NULL,
                               age WITH OPTIONS DEFAULT 0 NOT NULL);
CREATE INDEX people_age ON people (age);
COMMENT ON COLUMN people.age IS 'added with the attribute';

CREATE TYPE addr AS (street text, city text);
CREATE TABLE plain_addr OF addr (city WITH OPTIONS DEFAULT 'Paris');
CREATE TABLE was_typed (street text, city text NOT NULL, zip text);

-- a new typed table of a new type, with options and a comment
CREATE TYPE fresh AS (k integer, v text);
CREATE TABLE fresh_t OF fresh (k WITH OPTIONS PRIMARY KEY, v WITH OPTIONS DEFAULT 'none');
COMMENT ON TABLE fresh_t IS 'typed';

CREATE TYPE pair_a AS (k integer, v text);
CREATE TYPE pair_b AS (k integer, v text);
CREATE TABLE pairs OF pair_b;
