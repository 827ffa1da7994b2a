CREATE TABLE reservations (
    id integer PRIMARY KEY,
    room text NOT NULL,
    during tsrange NOT NULL
);
