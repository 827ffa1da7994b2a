-- Only the table changes; the view text is identical in a and b, yet the
-- view must still be dropped around the ALTER (int -> bigint, varchar(10) -> varchar(40)).
CREATE TABLE items (
    id bigint PRIMARY KEY,
    code varchar(40) NOT NULL,
    qty integer NOT NULL
);

CREATE VIEW item_codes AS
    SELECT id, code, qty FROM items;
