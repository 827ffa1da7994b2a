CREATE TYPE region AS ENUM ('eu', 'apac');
CREATE TABLE ev (id integer, r region) PARTITION BY LIST (r);
CREATE TABLE ev_eu PARTITION OF ev FOR VALUES IN ('eu');
CREATE TABLE ev_apac PARTITION OF ev FOR VALUES IN ('apac');
