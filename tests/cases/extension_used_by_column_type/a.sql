CREATE TABLE users (
    id integer PRIMARY KEY,
    username text NOT NULL
);
