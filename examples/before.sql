-- pgdiff example: a small blog, version 1.
CREATE TABLE public.author (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.post (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES public.author (id),
    title varchar(100) NOT NULL,
    body text
);

CREATE VIEW public.post_count AS
    SELECT a.name, count(p.id) AS posts
    FROM public.author a LEFT JOIN public.post p ON p.author_id = a.id
    GROUP BY a.name;
