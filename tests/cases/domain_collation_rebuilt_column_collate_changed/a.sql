-- the domain is rebuilt (COLLATE changed) while columns keep it and change their own COLLATE
CREATE DOMAIN ctext AS text COLLATE "C";
CREATE TABLE t (id integer, a ctext, b ctext COLLATE "POSIX", c text);
