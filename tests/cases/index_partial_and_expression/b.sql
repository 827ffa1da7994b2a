CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    last_login timestamptz
);

CREATE UNIQUE INDEX users_email_lower_active_idx ON users (lower(email))
    WHERE deleted_at IS NULL;
CREATE INDEX users_login_day_idx ON users ((date_trunc('day', last_login AT TIME ZONE 'UTC')));
CREATE INDEX users_deleted_idx ON users (deleted_at) WHERE deleted_at IS NOT NULL;
