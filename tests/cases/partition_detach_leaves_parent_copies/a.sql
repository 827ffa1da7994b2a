CREATE SCHEMA "Sales Ω";
CREATE TABLE "Sales Ω"."Ref" (id int PRIMARY KEY);
CREATE TABLE "Sales Ω"."Ev""nts" (id int NOT NULL, at date NOT NULL, ref_id int REFERENCES "Sales Ω"."Ref"(id),
  qty int CONSTRAINT "qty > 0" CHECK (qty > 0), PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX "ev ref" ON "Sales Ω"."Ev""nts" (ref_id);
CREATE TABLE "Sales Ω"."Other" (id int NOT NULL, at date NOT NULL, ref_id int, qty int,
  CONSTRAINT "qty > 0" CHECK (qty > 0)) PARTITION BY RANGE (at);
CREATE TABLE "Sales Ω"."2020" PARTITION OF "Sales Ω"."Ev""nts" FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE "Sales Ω"."2021" PARTITION OF "Sales Ω"."Ev""nts" FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')
  PARTITION BY RANGE (at);
CREATE TABLE "Sales Ω"."2021h1" PARTITION OF "Sales Ω"."2021" FOR VALUES FROM ('2021-01-01') TO ('2021-07-01');
CREATE TABLE "Sales Ω"."2022" PARTITION OF "Sales Ω"."Ev""nts" FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TABLE "Sales Ω".plain (id int, at date NOT NULL, ref_id int, qty int);
