CREATE EXTENSION citext;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE users (
    id serial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    name varchar(50) NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id serial PRIMARY KEY,
    title text NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    status order_status NOT NULL DEFAULT 'new',
    total numeric(10,2) NOT NULL DEFAULT 0
);

CREATE TABLE order_items (
    order_id integer NOT NULL REFERENCES orders (id),
    product_id integer NOT NULL REFERENCES products (id),
    qty integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX orders_user_idx ON orders (user_id);

CREATE VIEW user_order_totals AS
    SELECT u.id, u.email, sum(o.total) AS spent
    FROM users u JOIN orders o ON o.user_id = u.id
    GROUP BY u.id, u.email;

CREATE FUNCTION order_total(p_order integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(p.price * i.qty), 0)
          FROM order_items i JOIN products p ON p.id = i.product_id
          WHERE i.order_id = p_order $$;
