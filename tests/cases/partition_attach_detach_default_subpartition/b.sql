-- m2025 detached (kept as a table), m2026 attached, m2027's bound widened, a DEFAULT partition;
-- orders_us becomes sub-partitioned (rebuilt), a new sub-partitioned partition and a default one
CREATE TABLE measurement (city int NOT NULL, logdate date NOT NULL, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE m2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m2025 (city int NOT NULL, logdate date NOT NULL, peak int);
CREATE TABLE m2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE m2027 PARTITION OF measurement FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE TABLE m_other PARTITION OF measurement DEFAULT;

CREATE TABLE orders (id int NOT NULL, region text NOT NULL, placed date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us') PARTITION BY RANGE (placed);
CREATE TABLE orders_us_2025 PARTITION OF orders_us FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_apac PARTITION OF orders FOR VALUES IN ('apac', 'jp') PARTITION BY HASH (id);
CREATE TABLE orders_apac_0 PARTITION OF orders_apac FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_apac_1 PARTITION OF orders_apac FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
