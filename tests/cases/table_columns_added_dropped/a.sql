-- Dropped columns sit last and added ones are appended, so both
-- directions can reach the same column order with ALTER TABLE.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    notes text,
    fax_number text
);

CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    message text
);
