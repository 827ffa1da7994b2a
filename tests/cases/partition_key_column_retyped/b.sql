-- ALTER TABLE refuses to retype a column a partition key uses, directly
-- (ev.k) or in an expression (lower("Region")): the partitioned table is
-- dropped and created again instead (unsafe), with its partitions.
CREATE TABLE ev (id int, k bigint, note text) PARTITION BY RANGE (k);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (0) TO (100);
CREATE INDEX ev_k ON ev (k);
CREATE VIEW evv AS SELECT id FROM ev;
CREATE TABLE "Geo" ("Region" varchar(20), pop int) PARTITION BY LIST (lower("Region"));
CREATE TABLE "Geo_eu" PARTITION OF "Geo" FOR VALUES IN ('eu');
CREATE TABLE same (id int, k int, other bigint) PARTITION BY RANGE (k);
