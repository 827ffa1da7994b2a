-- sessions_p1 (2,1) is split into (4,1) and (4,3).
CREATE TABLE sessions (
    id uuid NOT NULL PRIMARY KEY,
    user_id integer NOT NULL,
    data jsonb
) PARTITION BY HASH (id);

CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE sessions_p3 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE INDEX sessions_user_id_idx ON sessions (user_id);
