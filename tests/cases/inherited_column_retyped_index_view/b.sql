CREATE TABLE par (id integer, v bigint, w varchar(50));
CREATE TABLE kid (extra text) INHERITS (par);
CREATE INDEX kid_v ON kid(v);
CREATE VIEW kid_view AS SELECT id, v, w FROM kid;
CREATE TABLE part (id integer, v bigint, k integer) PARTITION BY RANGE (k);
CREATE TABLE part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);
CREATE INDEX part_1_v ON part_1 (v);
