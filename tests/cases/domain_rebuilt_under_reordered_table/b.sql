CREATE DOMAIN code AS text CHECK (VALUE <> '' AND length(VALUE) < 30);
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer,
    c code NOT NULL
);
INSERT INTO item VALUES (1, 2, 'abc'), (2, NULL, 'de');
