CREATE TABLE "Par ent" (n text);
CREATE TABLE "kid ""1""" ("Moved Col" int, k int) INHERITS ("Par ent");
CREATE TABLE kid2 (z int) INHERITS ("Par ent");
CREATE TABLE kid3 ("Moved Col" int, y int) INHERITS ("Par ent");
CREATE INDEX kid1_moved ON "kid ""1""" ("Moved Col");
INSERT INTO "kid ""1""" VALUES ('a', 1, 2);
INSERT INTO kid2 VALUES ('b', 4);
INSERT INTO kid3 VALUES ('c', 5, 6);
