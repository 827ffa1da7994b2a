-- domain CHECKs changed and added on a domain and on a domain over it while a column stores an array of the inner domain
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN smallpos AS posint CHECK (VALUE < 100);
CREATE TABLE d (id integer PRIMARY KEY, a smallpos, b smallpos[], c posint DEFAULT 1);
