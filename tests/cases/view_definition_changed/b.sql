CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10,2) NOT NULL,
    status text NOT NULL
);

CREATE VIEW open_orders AS
    SELECT id, customer_id, total FROM orders WHERE status IN ('open', 'pending');

CREATE VIEW big_orders WITH (security_barrier = true) AS
    SELECT id, total FROM orders WHERE total > 500
    WITH CASCADED CHECK OPTION;
