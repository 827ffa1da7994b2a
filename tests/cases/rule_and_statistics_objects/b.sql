-- statistics: kinds changed (recreate), one dropped, one added with an expression and a target;
-- rules: action changed, one disabled, one added on a view, one dropped; a rule's target table is new
CREATE TABLE orders (id int PRIMARY KEY, region text, city text, zip text, amount numeric);
CREATE TABLE orders_log (id int, note text);
CREATE TABLE archive (id int);
CREATE TABLE audit (id int, at timestamptz DEFAULT now());
CREATE STATISTICS orders_geo (dependencies, ndistinct, mcv) ON region, city FROM orders;
CREATE STATISTICS orders_expr ON lower(city), zip FROM orders;
ALTER STATISTICS orders_expr SET STATISTICS 500;
CREATE RULE log_insert AS ON INSERT TO orders DO ALSO INSERT INTO orders_log VALUES (NEW.id, 'created');
CREATE RULE audit_update AS ON UPDATE TO orders DO ALSO INSERT INTO audit (id) VALUES (NEW.id);
ALTER TABLE orders DISABLE RULE audit_update;
CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;
CREATE RULE big_orders_ins AS ON INSERT TO big_orders DO INSTEAD INSERT INTO orders (id, amount) VALUES (NEW.id, NEW.amount);
COMMENT ON RULE log_insert ON orders IS 'keeps a log';
COMMENT ON STATISTICS orders_geo IS 'geo';
