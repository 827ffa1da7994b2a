-- a table appears (and, the other way, disappears) next to an unchanged one
CREATE TABLE public.author (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
