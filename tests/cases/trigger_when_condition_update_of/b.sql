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

CREATE TRIGGER prices_history AFTER UPDATE OF amount, currency ON prices
    FOR EACH ROW
    WHEN (OLD.amount IS DISTINCT FROM NEW.amount OR OLD.currency IS DISTINCT FROM NEW.currency)
    EXECUTE FUNCTION record_price_change();
