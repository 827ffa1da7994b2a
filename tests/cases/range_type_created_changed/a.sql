CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE oldrange AS RANGE (subtype = int4);
CREATE TABLE booking (id int PRIMARY KEY, r floatrange);
