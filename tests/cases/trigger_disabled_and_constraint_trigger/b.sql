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

CREATE CONSTRAINT TRIGGER transfers_check AFTER INSERT OR UPDATE ON transfers
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_transfer();

CREATE TRIGGER transfers_audit AFTER INSERT ON transfers
    FOR EACH ROW EXECUTE FUNCTION check_transfer();
ALTER TABLE transfers DISABLE TRIGGER transfers_audit;

CREATE TRIGGER transfers_replica AFTER INSERT ON transfers
    FOR EACH ROW EXECUTE FUNCTION check_transfer();
ALTER TABLE transfers ENABLE REPLICA TRIGGER transfers_replica;
