CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE FUNCTION balance_of(p_id integer) RETURNS numeric
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    b numeric;
BEGIN
    SELECT balance INTO b FROM accounts WHERE id = p_id;
    RETURN coalesce(b, 0);
END;
$$;

CREATE PROCEDURE transfer(p_from integer, p_to integer, p_amount numeric)
    LANGUAGE plpgsql
    SET search_path = public
    AS $$
BEGIN
    UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
    UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;
END;
$$;

CREATE PROCEDURE reset_all()
    LANGUAGE sql
    AS $$ UPDATE accounts SET balance = 0 $$;
