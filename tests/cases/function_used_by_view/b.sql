-- gross() changes body only (replaceable in place); order_level() changes
-- return type, so the view using it must be dropped and recreated.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);

CREATE FUNCTION gross(n numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(n * 1.19, 2) $$;

CREATE FUNCTION order_level(n numeric) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN n > 100 THEN 'big' ELSE 'small' END $$;

CREATE VIEW order_totals AS
    SELECT id, net, gross(net) AS gross, order_level(net) AS level FROM orders;
