CREATE TABLE customers (
    id integer NOT NULL,
    region text NOT NULL,
    name text
) PARTITION BY LIST (region);

CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it', 'es');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_apac PARTITION OF customers FOR VALUES IN ('jp', 'au');
CREATE TABLE customers_other PARTITION OF customers DEFAULT;
