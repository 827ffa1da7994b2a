CREATE TABLE events (
    id serial PRIMARY KEY,
    name text NOT NULL,
    seq_no bigserial NOT NULL
);
