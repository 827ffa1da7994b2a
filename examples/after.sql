-- pgdiff example: the same blog, version 2.
CREATE TYPE public.post_status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE public.author (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE
);

CREATE TABLE public.post (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES public.author (id) ON DELETE CASCADE,
    title varchar(200) NOT NULL,
    body text,
    status public.post_status NOT NULL DEFAULT 'draft',
    published_at timestamptz
);

CREATE INDEX post_author_id_idx ON public.post (author_id);

CREATE TABLE public.comment (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES public.post (id) ON DELETE CASCADE,
    body text NOT NULL CHECK (length(body) > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.slugify(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g'));

CREATE VIEW public.post_count AS
    SELECT a.name, count(p.id) AS posts, count(p.id) FILTER (WHERE p.status = 'published') AS published
    FROM public.author a LEFT JOIN public.post p ON p.author_id = a.id
    GROUP BY a.name;
