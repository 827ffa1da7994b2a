CREATE TABLE customers (
    id integer PRIMARY KEY
);
