CREATE TABLE profiles (
    id integer PRIMARY KEY,
    display_name text NOT NULL,
    bio text,
    avatar_url text NOT NULL DEFAULT ''
);
