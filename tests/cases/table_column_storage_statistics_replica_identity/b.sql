-- column STORAGE / COMPRESSION / STATISTICS / n_distinct set, changed and reset;
-- REPLICA IDENTITY FULL -> USING INDEX (PK), index -> another index, NOTHING -> DEFAULT;
-- CLUSTER ON moved; storage parameters changed; a new table with all of it
CREATE TABLE doc (
    id int PRIMARY KEY,
    body text,
    meta jsonb,
    tag text,
    score int
);
ALTER TABLE doc ALTER COLUMN meta SET STORAGE MAIN;
ALTER TABLE doc ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE doc ALTER COLUMN tag SET STATISTICS 50;
ALTER TABLE doc ALTER COLUMN score SET (n_distinct = -0.5, n_distinct_inherited = 10);
ALTER TABLE doc REPLICA IDENTITY USING INDEX doc_pkey;

CREATE TABLE ev (id int NOT NULL, at timestamptz NOT NULL) WITH (fillfactor = 70, autovacuum_analyze_threshold = 1000);
CREATE UNIQUE INDEX ev_id ON ev (id);
CREATE UNIQUE INDEX ev_id_at ON ev (id, at);
ALTER TABLE ev REPLICA IDENTITY USING INDEX ev_id_at;
ALTER TABLE ev CLUSTER ON ev_id_at;

CREATE TABLE quiet (id int PRIMARY KEY);

CREATE TABLE fresh (id int NOT NULL, payload text COMPRESSION pglz, n int) WITH (fillfactor = 50);
CREATE UNIQUE INDEX fresh_id ON fresh (id);
ALTER TABLE fresh REPLICA IDENTITY USING INDEX fresh_id;
ALTER TABLE fresh ALTER COLUMN payload SET STORAGE MAIN;
ALTER TABLE fresh ALTER COLUMN n SET STATISTICS 1000;
ALTER TABLE fresh ALTER COLUMN n SET (n_distinct = 5);
ALTER TABLE doc ADD COLUMN extra text;
ALTER TABLE doc ALTER COLUMN extra SET STORAGE PLAIN;
