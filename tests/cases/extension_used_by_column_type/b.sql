CREATE EXTENSION citext;

CREATE TABLE users (
    id integer PRIMARY KEY,
    username text NOT NULL,
    email citext NOT NULL
);

CREATE UNIQUE INDEX users_email_key ON users (email);
