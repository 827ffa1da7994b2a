CREATE TABLE p (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT p_ab UNIQUE (a, b));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, FOREIGN KEY (a, b) REFERENCES p(a, b));
