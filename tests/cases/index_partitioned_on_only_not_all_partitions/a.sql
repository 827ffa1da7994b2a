-- Indexes on a partitioned table made ON ONLY stay invalid until every
-- partition has an index attached: such an index must be made ON ONLY again
-- (plain CREATE INDEX would build the partitions' indexes), and turning it
-- into a full one (or back) must be seen as a change.
CREATE TABLE p (id int, k int, v text) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
CREATE INDEX p_k ON ONLY p (k);
CREATE INDEX p_id ON p (id);
CREATE INDEX p_v_gone ON ONLY p (v);
