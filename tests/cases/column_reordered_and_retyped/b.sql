CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (
    id integer PRIMARY KEY,
    note text,
    amount integer,
    tags text[],
    feeling text
);
