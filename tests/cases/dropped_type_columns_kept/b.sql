-- Types dropped while the columns that use them stay, retyped: the rows
-- must survive (no DROP COLUMN + ADD COLUMN) and the column order too.
CREATE TYPE status AS ENUM ('new', 'done', 'archived');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    feeling text DEFAULT 'ok',
    history text[],
    state status NOT NULL DEFAULT 'new',
    weight integer,
    spot text,
    note text,
    CHECK (feeling <> 'sad' OR note IS NOT NULL)
);
CREATE INDEX diary_feeling ON diary (feeling);
CREATE VIEW happy_days AS SELECT id, note FROM diary WHERE feeling = 'happy';
INSERT INTO diary VALUES (1, 'happy', '{sad,ok}', 'done', 3, '(1,2)', 'first'), (2, 'sad', NULL, 'new', NULL, NULL, 'second');
