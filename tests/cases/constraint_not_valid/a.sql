CREATE TABLE customers (
    id integer PRIMARY KEY
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    amount numeric(10,2),
    CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID
);
