CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);

CREATE VIEW people_names AS
    SELECT id, first_name || ' ' || last_name AS full_name FROM people;
