CREATE EXTENSION pg_trgm;

CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL
);
