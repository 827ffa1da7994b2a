CREATE TABLE orders (id int PRIMARY KEY, region text, city text, zip text, amount numeric);
CREATE TABLE orders_log (id int, note text);
CREATE TABLE archive (id int);
CREATE STATISTICS orders_geo (dependencies) ON region, city FROM orders;
CREATE STATISTICS orders_old (ndistinct) ON city, zip FROM orders;
CREATE RULE log_insert AS ON INSERT TO orders DO ALSO INSERT INTO orders_log VALUES (NEW.id, 'insert');
CREATE RULE no_delete AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;
