CREATE DOMAIN code AS varchar(20) CHECK (VALUE <> '');
CREATE TABLE item (
    id integer PRIMARY KEY,
    c code NOT NULL,
    qty integer
);
INSERT INTO item VALUES (1, 'abc', 2), (2, 'de', NULL);
