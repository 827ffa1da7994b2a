CREATE TABLE parent (id integer PRIMARY KEY, code varchar(10) UNIQUE);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent(id) ON DELETE CASCADE, pcode varchar(10) REFERENCES parent(code));
CREATE INDEX child_parent_idx ON child(parent_id);
