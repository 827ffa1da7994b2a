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
);
