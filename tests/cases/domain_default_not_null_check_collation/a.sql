CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN code AS text COLLATE "C" DEFAULT 'x' NOT NULL;
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN old_dom AS numeric(10,2);
CREATE TABLE account (
    id posint PRIMARY KEY,
    c code,
    mail email
);
