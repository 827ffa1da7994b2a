CREATE TABLE memberships (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    role text NOT NULL,
    email text,
    CONSTRAINT memberships_pkey PRIMARY KEY (user_id)
);

CREATE TABLE tags (
    id integer NOT NULL,
    slug text NOT NULL
);
