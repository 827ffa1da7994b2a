CREATE TABLE public.author (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.book (
    id bigint PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES public.author (id),
    title text NOT NULL
);

CREATE INDEX book_author_id_idx ON public.book (author_id);
