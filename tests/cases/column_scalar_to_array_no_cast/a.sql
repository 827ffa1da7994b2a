-- text -> text[] and integer[] -> integer: no cast between a scalar and an array (USING through text)
CREATE TABLE t (id integer, tags text, nums integer[]);
