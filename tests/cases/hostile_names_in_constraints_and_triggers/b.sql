CREATE TABLE "Order" (
    "ID" integer PRIMARY KEY,
    "user" text NOT NULL,
    "Updated At" timestamptz
);

CREATE TABLE "Order Line" (
    "ID" integer PRIMARY KEY,
    "Order ID" integer NOT NULL,
    CONSTRAINT "Order Line -> Order" FOREIGN KEY ("Order ID") REFERENCES "Order" ("ID") ON DELETE CASCADE
);

CREATE FUNCTION "Touch ""Order"""() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW."Updated At" := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Order touch" BEFORE UPDATE ON "Order"
    FOR EACH ROW EXECUTE FUNCTION "Touch ""Order"""();

ALTER TABLE "Order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Only ""me""" ON "Order" USING ("user" = current_user);
