-- Types dropped while the columns that use them stay, retyped: the rows
-- must survive (no DROP COLUMN + ADD COLUMN) and the column order too.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE "Old Status" AS ENUM ('new', 'done');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (x integer, y integer);

CREATE TABLE diary (
    id integer PRIMARY KEY,
    feeling mood DEFAULT 'ok',
    history mood[],
    state "Old Status" NOT NULL DEFAULT 'new',
    weight positive,
    spot pair,
    note text,
    CHECK (feeling <> 'sad' OR note IS NOT NULL)
);
CREATE INDEX diary_feeling ON diary (feeling);
CREATE VIEW happy_days AS SELECT id, note FROM diary WHERE feeling = 'happy';
INSERT INTO diary VALUES (1, 'happy', '{sad,ok}', 'done', 3, '(1,2)', 'first'), (2, 'sad', NULL, 'new', NULL, NULL, 'second');
