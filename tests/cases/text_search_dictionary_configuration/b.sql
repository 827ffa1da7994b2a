DO $$ BEGIN CREATE ROLE pgdiff_ts_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
-- options changed and reordered, one removed
CREATE TEXT SEARCH DICTIONARY english_simple (TEMPLATE = simple, accept = true);
-- template changed: drop + create, the configurations mapping to it follow
CREATE TEXT SEARCH DICTIONARY stem_it (TEMPLATE = simple, stopwords = 'english');
ALTER TEXT SEARCH DICTIONARY stem_it OWNER TO pgdiff_ts_owner;
COMMENT ON TEXT SEARCH DICTIONARY stem_it IS 'not stemming any more';
CREATE TEXT SEARCH CONFIGURATION docs (COPY = english);
ALTER TEXT SEARCH CONFIGURATION docs ALTER MAPPING FOR asciiword WITH english_stem, english_simple;
ALTER TEXT SEARCH CONFIGURATION docs ALTER MAPPING FOR word WITH stem_it;
ALTER TEXT SEARCH CONFIGURATION docs OWNER TO pgdiff_ts_owner;
COMMENT ON TEXT SEARCH CONFIGURATION docs IS 'for documents, changed';
CREATE TEXT SEARCH CONFIGURATION fresh (PARSER = pg_catalog.default);
ALTER TEXT SEARCH CONFIGURATION fresh ADD MAPPING FOR asciiword WITH english_simple;
CREATE TABLE doc (id int, body text);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.docs', body));
