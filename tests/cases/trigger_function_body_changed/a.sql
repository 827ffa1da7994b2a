CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION users_before_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_before_write BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_before_write();
