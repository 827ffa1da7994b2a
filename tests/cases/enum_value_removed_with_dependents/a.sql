CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    day date NOT NULL,
    feeling mood NOT NULL DEFAULT 'meh'
);

CREATE VIEW good_days AS
    SELECT id, day, feeling FROM diary WHERE feeling >= 'ok';

CREATE FUNCTION is_positive(m mood) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT m IN ('ok', 'happy') $$;

CREATE FUNCTION default_mood() RETURNS mood
    LANGUAGE sql STABLE
    AS $$ SELECT 'meh'::mood $$;
