CREATE SCHEMA types;
CREATE TYPE types.user_role AS ENUM ('viewer', 'editor', 'admin');

CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    role types.user_role NOT NULL DEFAULT 'viewer',
    extra_roles types.user_role[] NOT NULL DEFAULT '{}'
);
