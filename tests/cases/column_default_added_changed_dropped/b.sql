CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'light',
    page_size integer DEFAULT 50,
    created_at timestamptz DEFAULT (now() AT TIME ZONE 'utc'),
    retries integer
);
