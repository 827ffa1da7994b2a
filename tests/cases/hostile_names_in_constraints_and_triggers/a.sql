CREATE TABLE "Order" (
    "ID" integer PRIMARY KEY,
    "user" text NOT NULL
);

CREATE TABLE "Order Line" (
    "ID" integer PRIMARY KEY,
    "Order ID" integer NOT NULL
);
