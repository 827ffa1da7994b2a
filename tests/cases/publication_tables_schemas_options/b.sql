CREATE SCHEMA sales;
CREATE SCHEMA hr;
CREATE TABLE sales.orders (id integer PRIMARY KEY, amount numeric, note text);
CREATE TABLE public.items (id integer PRIMARY KEY, name text, price integer);
CREATE TABLE hr.staff (id integer PRIMARY KEY, name text);
CREATE TABLE public.new_t (id integer PRIMARY KEY, flag boolean);
CREATE PUBLICATION pub_tables FOR TABLE public.items (id, name, price) WHERE (price > 10), public.new_t WHERE (flag);
CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA sales, hr;
CREATE PUBLICATION pub_opts WITH (publish = 'insert, update', publish_via_partition_root = true);
COMMENT ON PUBLICATION pub_opts IS 'insert and update';
CREATE PUBLICATION pub_all;
CREATE PUBLICATION pub_switch FOR TABLES IN SCHEMA sales;
-- new, with a column list, on a table of a new schema's neighbour
CREATE PUBLICATION pub_new FOR TABLE sales.orders (id, amount), hr.staff;
COMMENT ON PUBLICATION pub_new IS 'new';
