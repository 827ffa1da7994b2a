CREATE TABLE line_items (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);

CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);
