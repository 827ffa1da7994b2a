CREATE TABLE transfers (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL
);

CREATE FUNCTION check_transfer() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.amount <= 0 THEN
        RAISE EXCEPTION 'amount must be positive';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER transfers_check AFTER INSERT ON transfers
    FOR EACH ROW EXECUTE FUNCTION check_transfer();

CREATE TRIGGER transfers_audit AFTER INSERT ON transfers
    FOR EACH ROW EXECUTE FUNCTION check_transfer();
