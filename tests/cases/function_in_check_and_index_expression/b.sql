-- IMMUTABLE functions used by a CHECK constraint and an index expression of
-- a new table, and by a new column's CHECK on an existing table.
CREATE FUNCTION normalize_phone(p text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT regexp_replace(p, '[^0-9+]', '', 'g') $$;

CREATE FUNCTION is_valid_phone(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p ~ '^\+?[0-9 ()-]{6,20}$' $$;

CREATE TABLE contacts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    phone text CHECK (phone IS NULL OR is_valid_phone(phone))
);

CREATE TABLE phone_book (
    id integer PRIMARY KEY,
    phone text NOT NULL,
    CONSTRAINT phone_book_phone_check CHECK (is_valid_phone(phone))
);

CREATE UNIQUE INDEX phone_book_norm_idx ON phone_book (normalize_phone(phone));
CREATE INDEX contacts_phone_norm_idx ON contacts (normalize_phone(phone));
