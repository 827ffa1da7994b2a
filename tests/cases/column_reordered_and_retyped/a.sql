CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (
    id integer PRIMARY KEY,
    amount text,
    tags text,
    feeling mood,
    note varchar(10)
);
