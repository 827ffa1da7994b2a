DO $$ BEGIN CREATE ROLE pgdiff_fdw_user; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_fdw_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FOREIGN DATA WRAPPER wrap_a OPTIONS (debug 'true', mode 'x');
CREATE FOREIGN DATA WRAPPER wrap_gone;
CREATE SERVER srv_a TYPE 'postgres' VERSION '14' FOREIGN DATA WRAPPER wrap_a OPTIONS (host 'db1', port '5432');
CREATE SERVER srv_moved FOREIGN DATA WRAPPER wrap_a;
CREATE SERVER srv_gone FOREIGN DATA WRAPPER wrap_gone;
CREATE USER MAPPING FOR PUBLIC SERVER srv_a OPTIONS (user 'app', password 'old secret');
CREATE USER MAPPING FOR pgdiff_fdw_user SERVER srv_a;
CREATE USER MAPPING FOR pgdiff_fdw_user SERVER srv_gone OPTIONS (password 'x''y');
CREATE FOREIGN TABLE remote_orders (
    id integer OPTIONS (column_name 'order_id') NOT NULL,
    note text,
    amount numeric(10,2) DEFAULT 0,
    mood mood,
    CONSTRAINT positive CHECK (id > 0)
) SERVER srv_a OPTIONS (schema_name 'public', table_name 'orders');
CREATE FOREIGN TABLE remote_reordered (a int, b int) SERVER srv_a;
CREATE FOREIGN TABLE remote_moving (a int) SERVER srv_moved;
CREATE FOREIGN TABLE remote_gone (a int) SERVER srv_gone;
CREATE VIEW big_orders AS SELECT id, amount FROM remote_orders WHERE amount > 100;
