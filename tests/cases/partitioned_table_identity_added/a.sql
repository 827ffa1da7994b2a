-- identity columns added to a partitioned table (ADD COLUMN ... IDENTITY refuses a table with children) and an existing column made identity
CREATE TABLE pi (id integer NOT NULL, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE pi_1 PARTITION OF pi FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
