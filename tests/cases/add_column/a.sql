-- smallest case: a column is added (at the end) and one is made NOT NULL
CREATE TABLE public.customer (
    id integer PRIMARY KEY,
    name text
);
