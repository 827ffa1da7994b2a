-- A partition or inheritance child created with NOT NULL on a column its
-- parent leaves nullable (and a column the parent already makes NOT NULL).
CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    priority integer DEFAULT 0,
    notes text
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');

CREATE TABLE events (id bigint NOT NULL, "Payload" jsonb);
