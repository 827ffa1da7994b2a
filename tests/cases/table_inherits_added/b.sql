-- trucks declares the parent's columns itself (merged, attislocal), exactly
-- what ALTER TABLE trucks INHERIT vehicles produces.
CREATE TABLE vehicles (
    id integer NOT NULL,
    make text NOT NULL,
    model text
);

CREATE TABLE trucks (
    id integer NOT NULL,
    make text NOT NULL,
    model text,
    payload_tons numeric(6,2)
) INHERITS (vehicles);

CREATE TABLE buses (
    seats integer NOT NULL
) INHERITS (vehicles);
