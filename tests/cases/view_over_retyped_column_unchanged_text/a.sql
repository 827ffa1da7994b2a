CREATE TABLE items (
    id integer PRIMARY KEY,
    code varchar(10) NOT NULL,
    qty integer NOT NULL
);

CREATE VIEW item_codes AS
    SELECT id, code, qty FROM items;
