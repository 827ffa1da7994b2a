-- Columns of inheritance children change whether the child declares them
-- itself (attislocal) or only inherits them.
CREATE TABLE "Par ent" (id int NOT NULL, n text DEFAULT 'x', CHECK (id > 0));
-- inherited-only id and n; b declares them too while the parent stays
CREATE TABLE "Kid ""one""" (k int) INHERITS ("Par ent");
CREATE INDEX kid_one_k ON "Kid ""one""" (k);
CREATE VIEW kid_one_v AS SELECT id, k FROM "Kid ""one""";
INSERT INTO "Kid ""one""" VALUES (1, 'a', 10);
-- a plain table; b makes it a child whose id and n are inherited-only
CREATE TABLE kid2 (id int NOT NULL, n text, k int, CONSTRAINT kid2_id_check CHECK (id > 0));
CREATE UNIQUE INDEX kid2_id ON kid2 (id);
CREATE TABLE kid2_ref (kid2_id int REFERENCES kid2 (id));
INSERT INTO kid2 VALUES (2, 'b', 20);
-- a child whose parent is dropped: it keeps its rows and the inherited
-- column a (made its own by NO INHERIT), loses the inherited column gone
CREATE TABLE old_par (a int, gone int);
CREATE TABLE kid3 (z int) INHERITS (old_par);
INSERT INTO kid3 VALUES (3, 4, 5);
-- a child that declares b itself (merged) and stops inheriting while the
-- parent stays
CREATE TABLE par4 (a int, b int);
CREATE TABLE kid4 (b int, c int) INHERITS (par4);
