CREATE EXTENSION hstore;
CREATE EXTENSION btree_gist;

CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL
);
