-- floatrange kept; oldrange dropped; new range with collation and multirange name used by a new column
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C", multirange_type_name = textmultirange);
CREATE TABLE booking (id int PRIMARY KEY, r floatrange, names textrange, many textmultirange);
