CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION log_statement() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE TRIGGER posts_touch BEFORE UPDATE ON posts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
