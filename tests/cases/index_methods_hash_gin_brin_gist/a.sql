CREATE TABLE events (
    id bigint PRIMARY KEY,
    token text NOT NULL,
    payload jsonb,
    body text,
    happened_at timestamptz NOT NULL,
    area box
);
