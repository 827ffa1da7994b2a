CREATE DOMAIN d AS integer NOT NULL CHECK (VALUE > 0);
CREATE DOMAIN dn AS numeric CONSTRAINT "pos ""n""" CHECK (VALUE >= 0);
CREATE DOMAIN dx AS integer CHECK (VALUE <> 0);
CREATE TYPE c_in AS (v d, w dx[]);
CREATE TYPE c_out AS (x c_in, y int);
CREATE TABLE ct (id int, r c_out[]);
CREATE TYPE nr AS RANGE (subtype = dn);
CREATE TABLE rt (id int, r nr);
