CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX orders_lookup_idx ON orders (customer_id, created_at DESC);
CREATE UNIQUE INDEX orders_status_idx ON orders (status, id) WHERE status <> 'archived';
