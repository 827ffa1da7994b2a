CREATE TABLE doc (
    id int PRIMARY KEY,
    body text,
    meta jsonb,
    tag text,
    score int
);
ALTER TABLE doc ALTER COLUMN meta SET STORAGE EXTERNAL;
ALTER TABLE doc ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE doc ALTER COLUMN tag SET STATISTICS 500;
ALTER TABLE doc ALTER COLUMN score SET (n_distinct = 100);
ALTER TABLE doc REPLICA IDENTITY FULL;

CREATE TABLE ev (id int NOT NULL, at timestamptz NOT NULL) WITH (fillfactor = 80);
CREATE UNIQUE INDEX ev_id ON ev (id);
CREATE UNIQUE INDEX ev_id_at ON ev (id, at);
ALTER TABLE ev REPLICA IDENTITY USING INDEX ev_id;
ALTER TABLE ev CLUSTER ON ev_id;

CREATE TABLE quiet (id int PRIMARY KEY) WITH (autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05);
ALTER TABLE quiet REPLICA IDENTITY NOTHING;
