-- PG15 has no ALTER COLUMN ... SET EXPRESSION: the generated column is kept
-- last so a drop + re-add reproduces the same column order.
CREATE TABLE line_items (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (round(quantity * unit_price * 1.2, 2)) STORED
);

CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
);
