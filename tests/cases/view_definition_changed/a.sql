CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10,2) NOT NULL,
    status text NOT NULL
);

CREATE VIEW open_orders AS
    SELECT id, customer_id, total FROM orders WHERE status = 'open';

CREATE VIEW big_orders AS
    SELECT id, total FROM orders WHERE total > 100;
