-- Plain range && needs no extension.
CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room text NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&)
        WHERE (room <> 'lobby')
);
