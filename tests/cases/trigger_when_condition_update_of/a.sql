CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    currency text NOT NULL,
    note text
);

CREATE TABLE price_history (
    price_id integer NOT NULL,
    old_amount numeric(10,2),
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_price_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO price_history (price_id, old_amount) VALUES (OLD.id, OLD.amount);
    RETURN NEW;
END;
$$;

CREATE TRIGGER prices_history AFTER UPDATE ON prices
    FOR EACH ROW EXECUTE FUNCTION record_price_change();
