CREATE TABLE t (id integer, tags text[], nums integer);
