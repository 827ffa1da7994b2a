-- A column moves from an inheritance parent to one of its children: the
-- parent drops it with ALTER TABLE ONLY, so the child keeps it (and its
-- values) as its own; another child that only inherited it drops it; a
-- child that declared it itself keeps it anyway.
CREATE TABLE "Par ent" (n text, "Moved Col" int);
CREATE TABLE "kid ""1""" (k int) INHERITS ("Par ent");
CREATE TABLE kid2 (z int) INHERITS ("Par ent");
CREATE TABLE kid3 ("Moved Col" int, y int) INHERITS ("Par ent");
CREATE INDEX kid1_moved ON "kid ""1""" ("Moved Col");
INSERT INTO "kid ""1""" VALUES ('a', 1, 2);
INSERT INTO kid2 VALUES ('b', 3, 4);
INSERT INTO kid3 VALUES ('c', 5, 6);
