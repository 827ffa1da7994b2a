CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    discount numeric(10,2),
    sku text NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0),
    CONSTRAINT sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]+$')
);
