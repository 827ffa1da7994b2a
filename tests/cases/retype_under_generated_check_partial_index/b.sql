CREATE TABLE t (id integer PRIMARY KEY, qty bigint CHECK (qty > 0), price numeric(12,2), total numeric GENERATED ALWAYS AS (qty * price) STORED, status text);
CREATE INDEX t_active ON t (id) WHERE status = 'active';
CREATE INDEX t_qty ON t (qty) WHERE qty > 10;
