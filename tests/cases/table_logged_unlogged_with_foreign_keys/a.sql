CREATE TABLE "Acct" (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, acct_id int REFERENCES "Acct"(id), parent_id int REFERENCES child(id));
CREATE TABLE grandchild (id int PRIMARY KEY, child_id int REFERENCES child(id));
CREATE TABLE stays (id int PRIMARY KEY);
CREATE UNLOGGED TABLE scratch (id int PRIMARY KEY, stays_id int REFERENCES stays(id));
