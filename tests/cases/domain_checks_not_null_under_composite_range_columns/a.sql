-- domain CHECK added, NOT NULL set on domains stored inside a composite (nested, in an array column), a composite's array attribute and a range type: ALTER DOMAIN refuses, the domains are rebuilt
CREATE DOMAIN d AS integer;
CREATE DOMAIN dn AS numeric;
CREATE DOMAIN dx AS integer;
CREATE TYPE c_in AS (v d, w dx[]);
CREATE TYPE c_out AS (x c_in, y int);
CREATE TABLE ct (id int, r c_out[]);
CREATE TYPE nr AS RANGE (subtype = dn);
CREATE TABLE rt (id int, r nr);
