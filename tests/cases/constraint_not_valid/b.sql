CREATE TABLE customers (
    id integer PRIMARY KEY
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer,
    amount numeric(10,2),
    CONSTRAINT orders_amount_check CHECK (amount >= 0)
);

ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_amount_cap CHECK (amount < 1000000) NOT VALID;
