CREATE TABLE prices (
    sku text PRIMARY KEY,
    amount numeric(10,2) NOT NULL
);
