CREATE SCHEMA sales;
CREATE TABLE sales.orders (id integer PRIMARY KEY, amount numeric, note text);
CREATE TABLE public.items (id integer PRIMARY KEY, name text, price integer);
CREATE TABLE public.old_t (id integer PRIMARY KEY);
-- column list and row filter changed; a member table dropped with its membership
CREATE PUBLICATION pub_tables FOR TABLE public.items (id, name) WHERE (price > 0), public.old_t;
-- a schema added to the list
CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA sales;
-- dropped
CREATE PUBLICATION pub_gone FOR TABLE public.items;
-- publish options changed, comment changed
CREATE PUBLICATION pub_opts WITH (publish = 'insert');
COMMENT ON PUBLICATION pub_opts IS 'insert only';
-- no longer FOR ALL TABLES
CREATE PUBLICATION pub_all FOR ALL TABLES;
-- from a table list to a schema
CREATE PUBLICATION pub_switch FOR TABLE sales.orders;
