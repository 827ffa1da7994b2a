CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE FUNCTION balance_of(p_id integer) RETURNS numeric
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN (SELECT balance FROM accounts WHERE id = p_id);
END;
$$;
