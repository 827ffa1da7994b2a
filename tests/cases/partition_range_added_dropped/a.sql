CREATE TABLE measurements (
    id bigint NOT NULL,
    logged_at date NOT NULL,
    value double precision,
    PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);

CREATE TABLE measurements_2023 PARTITION OF measurements
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE INDEX measurements_logged_at_idx ON measurements (logged_at);
