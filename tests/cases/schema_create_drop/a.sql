CREATE SCHEMA legacy;
CREATE TABLE legacy.old_events (
    id integer PRIMARY KEY,
    payload text
);

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
