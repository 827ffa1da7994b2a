CREATE TABLE memberships (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    role text NOT NULL,
    email text,
    CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id),
    CONSTRAINT memberships_group_role_key UNIQUE (group_id, role, user_id),
    CONSTRAINT memberships_email_key UNIQUE (email) DEFERRABLE
);

CREATE TABLE tags (
    id integer NOT NULL PRIMARY KEY,
    slug text NOT NULL UNIQUE
);
