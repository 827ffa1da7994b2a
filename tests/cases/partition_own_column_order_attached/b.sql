CREATE TABLE p (id int, k int NOT NULL DEFAULT 0, v text COLLATE "C",
                CONSTRAINT p_ck CHECK (id > 0)) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE INDEX p_v ON p (v);
-- reversed order, its own default and CHECK
CREATE TABLE p2 (v text COLLATE "C", k int NOT NULL DEFAULT 15, id int,
                 CONSTRAINT p_ck CHECK (id > 0), CONSTRAINT p2_own CHECK (k <> 15));
ALTER TABLE p ATTACH PARTITION p2 FOR VALUES FROM (10) TO (20);
-- a dropped column in the middle, then the parent's order: PARTITION OF fits
CREATE TABLE p3 (id int, gone int, k int NOT NULL, v text COLLATE "C", CONSTRAINT p_ck CHECK (id > 0));
ALTER TABLE p3 DROP COLUMN gone;
ALTER TABLE p ATTACH PARTITION p3 FOR VALUES FROM (20) TO (30);
-- a sub-partitioned partition in its own order
CREATE TABLE p4 (k int NOT NULL, v text COLLATE "C", id int, CONSTRAINT p_ck CHECK (id > 0)) PARTITION BY LIST (id);
CREATE TABLE p4a PARTITION OF p4 FOR VALUES IN (1, 2);
ALTER TABLE p ATTACH PARTITION p4 FOR VALUES FROM (30) TO (40);
