CREATE TABLE events (
    id serial PRIMARY KEY,
    name text NOT NULL,
    legacy_no smallserial
);
