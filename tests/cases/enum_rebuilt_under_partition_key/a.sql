-- the enum of a LIST partition key loses a value: the column cannot be parked, the partitioned table is replaced
CREATE TYPE region AS ENUM ('eu', 'us');
CREATE TABLE ev (id integer, r region) PARTITION BY LIST (r);
CREATE TABLE ev_eu PARTITION OF ev FOR VALUES IN ('eu');
CREATE TABLE ev_us PARTITION OF ev FOR VALUES IN ('us');
