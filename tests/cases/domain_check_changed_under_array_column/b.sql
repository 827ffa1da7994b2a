CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE >= 0) CONSTRAINT posint_small CHECK (VALUE < 100000);
CREATE DOMAIN smallpos AS posint CHECK (VALUE < 1000);
CREATE TABLE d (id integer PRIMARY KEY, a smallpos, b smallpos[], c posint DEFAULT 1);
