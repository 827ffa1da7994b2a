CREATE TABLE profiles (
    id integer PRIMARY KEY,
    display_name text,
    bio text NOT NULL,
    avatar_url text
);
