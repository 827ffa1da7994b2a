CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (
    id integer PRIMARY KEY,
    m mood NOT NULL,
    is_happy boolean GENERATED ALWAYS AS (m = 'happy'::mood) STORED,
    known boolean GENERATED ALWAYS AS (m IS NOT NULL) STORED,
    note text
);
INSERT INTO t (id, m, note) VALUES (1, 'happy', 'x'), (2, 'sad', NULL);
