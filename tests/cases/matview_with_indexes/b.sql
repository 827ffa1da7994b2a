CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;

CREATE UNIQUE INDEX sales_by_region_region_idx ON sales_by_region (region);
CREATE INDEX sales_by_region_total_idx ON sales_by_region (total DESC);

CREATE MATERIALIZED VIEW sales_by_month AS
    SELECT date_trunc('month', sold_on) AS month, sum(amount) AS total
    FROM sales GROUP BY 1
    WITH NO DATA;

CREATE INDEX sales_by_month_month_idx ON sales_by_month (month);
