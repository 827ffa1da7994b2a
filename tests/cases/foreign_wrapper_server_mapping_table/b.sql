DO $$ BEGIN CREATE ROLE pgdiff_fdw_user; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgdiff_fdw_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
-- label 'sad' removed: the enum is rebuilt, the foreign table's column parked on text (no USING: foreign tables refuse it)
CREATE TYPE mood AS ENUM ('meh', 'happy');
CREATE FOREIGN DATA WRAPPER wrap_a OPTIONS (mode 'y', extra 'z');
CREATE FOREIGN DATA WRAPPER wrap_new VALIDATOR postgresql_fdw_validator;
CREATE SERVER srv_a TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER wrap_a OPTIONS (port '5433', host 'db1', dbname 'app');
CREATE SERVER srv_moved FOREIGN DATA WRAPPER wrap_new;
CREATE SERVER srv_new FOREIGN DATA WRAPPER wrap_new OPTIONS (host 'h');
CREATE USER MAPPING FOR PUBLIC SERVER srv_a OPTIONS (user 'app', password 'new secret');
CREATE USER MAPPING FOR pgdiff_fdw_user SERVER srv_a OPTIONS (user 'u');
CREATE USER MAPPING FOR pgdiff_fdw_user SERVER srv_new OPTIONS (user 'n', password 'p');
CREATE FOREIGN TABLE remote_orders (
    id bigint OPTIONS (column_name 'id') NOT NULL,
    note varchar(20) OPTIONS (column_name 'remark'),
    amount numeric(10,2) DEFAULT 1,
    mood mood,
    added date NOT NULL,
    CONSTRAINT positive CHECK (id > 0) NOT VALID
) SERVER srv_a OPTIONS (table_name 'orders2');
CREATE FOREIGN TABLE remote_reordered (b int, a int) SERVER srv_a;
CREATE FOREIGN TABLE remote_moving (a int) SERVER srv_moved;
CREATE FOREIGN TABLE remote_new (x text OPTIONS (column_name 'y') COLLATE "C") SERVER srv_a OPTIONS (table_name 'n');
CREATE VIEW big_orders AS SELECT id, amount FROM remote_orders WHERE amount > 100;
