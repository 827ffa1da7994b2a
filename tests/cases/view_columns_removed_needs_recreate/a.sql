CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    internal_code text
);

CREATE VIEW product_catalog AS
    SELECT id, name, price, internal_code FROM products;

CREATE VIEW cheap_products AS
    SELECT id, name FROM product_catalog WHERE price < 10;
