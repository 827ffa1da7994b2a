CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    discount numeric(10,2),
    sku text NOT NULL,
    CONSTRAINT price_positive CHECK (price >= 0.01),
    CONSTRAINT discount_lt_price CHECK (discount IS NULL OR discount < price)
);
