-- 'meh' removed: the enum must be rebuilt while a column, its DEFAULT,
-- a view and two functions (argument and return type) depend on it.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    day date NOT NULL,
    feeling mood NOT NULL DEFAULT 'ok'
);

CREATE VIEW good_days AS
    SELECT id, day, feeling FROM diary WHERE feeling >= 'ok';

CREATE FUNCTION is_positive(m mood) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT m IN ('ok', 'happy') $$;

CREATE FUNCTION default_mood() RETURNS mood
    LANGUAGE sql STABLE
    AS $$ SELECT 'ok'::mood $$;
