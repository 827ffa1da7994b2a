CREATE TABLE orders (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);

CREATE FUNCTION gross(n numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT n * 1.19 $$;

CREATE FUNCTION order_level(n numeric) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN n > 100 THEN 2 ELSE 1 END $$;

CREATE VIEW order_totals AS
    SELECT id, net, gross(net) AS gross, order_level(net) AS level FROM orders;
