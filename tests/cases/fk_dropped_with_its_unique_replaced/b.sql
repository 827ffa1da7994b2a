CREATE TABLE p (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT p_ab UNIQUE (a, b) DEFERRABLE);
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer);
CREATE UNIQUE INDEX p_a_b_nd ON p(a, b) WHERE a IS NOT NULL;
