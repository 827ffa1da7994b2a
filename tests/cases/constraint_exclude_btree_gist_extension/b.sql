-- The extension must exist before the constraint that uses its int4 opclass.
CREATE EXTENSION btree_gist;

CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT bookings_room_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
        DEFERRABLE INITIALLY DEFERRED
);
