CREATE TABLE customers (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    notes text,
    phone text,
    is_active boolean NOT NULL DEFAULT true,
    tags text[]
);

CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    message text,
    logged_at timestamp with time zone
);
