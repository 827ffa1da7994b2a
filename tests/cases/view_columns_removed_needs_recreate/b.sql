-- product_catalog loses a column and renames another: CREATE OR REPLACE
-- cannot do that, and cheap_products depends on it.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    internal_code text
);

CREATE VIEW product_catalog AS
    SELECT id, name AS title, price FROM products;

CREATE VIEW cheap_products AS
    SELECT id, title FROM product_catalog WHERE price < 10;
