CREATE SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    attrs ext.hstore
);

CREATE INDEX products_name_trgm_idx ON products USING gin (name ext.gin_trgm_ops);
CREATE INDEX products_attrs_idx ON products USING gin (attrs);
