CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text,
    page_size integer DEFAULT 20,
    created_at timestamptz DEFAULT now(),
    retries integer DEFAULT 3
);
