CREATE DOMAIN ctext AS text COLLATE "POSIX";
CREATE TABLE t (id integer, a ctext COLLATE "C", b ctext, c ctext);
