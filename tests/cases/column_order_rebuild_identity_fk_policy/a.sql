-- b moves before a: appending cannot reach that order, so t is rebuilt and its rows
-- copied; its identity sequence, the FK pointing at it, its index, trigger,
-- policy, view, comment and column grant are carried over.
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a int REFERENCES p (id), b text DEFAULT 'x' NOT NULL, g int GENERATED ALWAYS AS (a * 2) STORED);
CREATE TABLE child (tid int REFERENCES t (id));
CREATE INDEX t_b ON t (b) INCLUDE (a);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY tp ON t USING (a > 0);
CREATE VIEW tv AS SELECT id, b FROM t;
COMMENT ON COLUMN t.b IS 'bee';
GRANT SELECT (b) ON t TO PUBLIC;
