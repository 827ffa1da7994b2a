-- columns read by a stored generated column (not the last column), a CHECK and partial indexes retyped: the generated column must not move
CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty > 0), price numeric(8,2), total numeric GENERATED ALWAYS AS (qty * price) STORED, status varchar(10));
CREATE INDEX t_active ON t (id) WHERE status = 'active';
CREATE INDEX t_qty ON t (qty) WHERE qty > 10;
