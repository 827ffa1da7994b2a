CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange, EXCLUDE USING gist (during WITH &&));
