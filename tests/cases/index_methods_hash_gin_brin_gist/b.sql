CREATE TABLE events (
    id bigint PRIMARY KEY,
    token text NOT NULL,
    payload jsonb,
    body text,
    happened_at timestamptz NOT NULL,
    area box
);

CREATE INDEX events_token_hash_idx ON events USING hash (token);
CREATE INDEX events_payload_gin_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_body_fts_idx ON events USING gin (to_tsvector('english', body));
CREATE INDEX events_happened_brin_idx ON events USING brin (happened_at) WITH (pages_per_range = 32);
CREATE INDEX events_area_gist_idx ON events USING gist (area);
