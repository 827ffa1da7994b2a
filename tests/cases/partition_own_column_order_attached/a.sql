-- A partition whose columns are not in its parent's order can only be made
-- as a table of its own and attached (CREATE TABLE ... PARTITION OF takes
-- the parent's order); ATTACH requires the parent's CHECK constraints on it.
CREATE TABLE p (id int, k int NOT NULL DEFAULT 0, v text COLLATE "C",
                CONSTRAINT p_ck CHECK (id > 0)) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_v ON p (v);
