CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    last_login timestamptz
);

CREATE INDEX users_last_login_idx ON users (last_login);
