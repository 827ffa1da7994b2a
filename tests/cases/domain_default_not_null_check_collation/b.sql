-- posint: CHECK changed, DEFAULT added; code: NOT NULL dropped, default changed, collation changed (rebuild);
-- email: a second CHECK added NOT VALID; old_dom dropped; new domain with everything
CREATE DOMAIN posint AS integer DEFAULT 1 CHECK (VALUE >= 1);
CREATE DOMAIN code AS text COLLATE "POSIX" DEFAULT 'y';
CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN shortname AS varchar(20) COLLATE "C" DEFAULT 'anon' NOT NULL CONSTRAINT shortname_len CHECK (length(VALUE) > 1);
CREATE TABLE account (
    id posint PRIMARY KEY,
    c code,
    mail email,
    nick shortname
);
ALTER DOMAIN email ADD CONSTRAINT email_dot CHECK (VALUE LIKE '%.%') NOT VALID;
