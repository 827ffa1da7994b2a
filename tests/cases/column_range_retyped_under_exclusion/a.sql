-- tsrange <-> tstzrange: no cast between range types (USING through text), under an EXCLUDE constraint
CREATE TABLE booking (id integer PRIMARY KEY, during tsrange, EXCLUDE USING gist (during WITH &&));
