-- SQL-standard bodies (BEGIN ATOMIC / RETURN) are parsed at creation time and
-- record dependencies on the tables and columns they use.
CREATE TABLE prices (
    sku text PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR'
);

CREATE FUNCTION price_of(p_sku text) RETURNS numeric
    LANGUAGE sql STABLE
    RETURN (SELECT amount FROM prices WHERE sku = p_sku);

CREATE FUNCTION price_count(p_currency char(3)) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM prices WHERE currency = p_currency;
END;
