CREATE TABLE t (id int, n int);
CREATE VIEW v1 WITH (security_invoker) AS SELECT id, n FROM t WHERE n > 0;
CREATE VIEW v2 AS SELECT id, n FROM t WHERE n > 0 WITH CASCADED CHECK OPTION;
CREATE VIEW v3 WITH (security_barrier = false, security_invoker = false) AS SELECT id FROM t;
CREATE VIEW v4 AS SELECT id, n FROM v2;
