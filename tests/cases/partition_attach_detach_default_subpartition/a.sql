CREATE TABLE measurement (city int NOT NULL, logdate date NOT NULL, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE m2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- a standalone table that becomes a partition
CREATE TABLE m2026 (city int NOT NULL, logdate date NOT NULL, peak int);
-- a partition whose range grows
CREATE TABLE m2027 PARTITION OF measurement FOR VALUES FROM ('2027-01-01') TO ('2027-07-01');

CREATE TABLE orders (id int NOT NULL, region text NOT NULL, placed date NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
