CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'packed', 'shipped', 'delivered', 'cancelled');

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    name varchar(100) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    is_admin boolean NOT NULL DEFAULT false
);

CREATE TABLE products (
    id serial PRIMARY KEY,
    title text NOT NULL,
    price numeric(12,2) NOT NULL CHECK (price >= 0),
    sku text UNIQUE
);

CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status order_status NOT NULL DEFAULT 'new',
    total numeric(12,2) NOT NULL DEFAULT 0,
    placed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    qty integer NOT NULL CHECK (qty > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX orders_user_idx ON orders (user_id, placed_at DESC);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('new', 'paid', 'packed');

CREATE VIEW user_order_totals AS
    SELECT u.id, u.email, sum(o.total) AS spent, count(o.id) AS order_count
    FROM users u JOIN orders o ON o.user_id = u.id
    GROUP BY u.id, u.email;

CREATE FUNCTION order_total(p_order integer) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(sum(p.price * i.qty), 0)
          FROM order_items i JOIN products p ON p.id = i.product_id
          WHERE i.order_id = p_order $$;

CREATE FUNCTION set_order_total() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE orders SET total = order_total(NEW.order_id) WHERE id = NEW.order_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER order_items_total AFTER INSERT OR UPDATE ON order_items
    FOR EACH ROW EXECUTE FUNCTION set_order_total();

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_owner ON orders
    USING (user_id = current_setting('app.user_id', true)::bigint);
