CREATE TABLE orders (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL CHECK (status IN ('new', 'paid', 'it''s shipped', 'a,b'))
);
CREATE TABLE "Payments" (
    id integer PRIMARY KEY,
    method character varying CONSTRAINT method_known CHECK (method IN ('card', 'cash')),
    code varchar(3) DEFAULT 'x' CHECK (code NOT IN ('zz', 'yy'))
);
CREATE INDEX payments_open ON "Payments" (id) WHERE method IN ('card', 'cash');
CREATE VIEW open_orders AS SELECT id FROM orders WHERE status IN ('new', 'paid');
