-- a unicode-named domain stored in a composite type used by a table column gains NOT NULL and a CHECK (rebuilt: ALTER DOMAIN is refused there); the comments on the domain, its kept constraint, the composite's column and a view column survive
DO $$ BEGIN CREATE ROLE h4_dom_user NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE DOMAIN "Dø" AS integer CONSTRAINT keep CHECK (VALUE <> 13);
COMMENT ON DOMAIN "Dø" IS 'domain comment';
COMMENT ON CONSTRAINT keep ON DOMAIN "Dø" IS 'constraint comment';
CREATE TYPE pair AS (a "Dø", b "Dø");
COMMENT ON TYPE pair IS 'pair';
COMMENT ON COLUMN pair.b IS 'pair b';
CREATE TABLE t (id int, p pair);
CREATE VIEW v AS SELECT id, (p).a AS pa FROM t;
COMMENT ON COLUMN v.pa IS 'view col';
