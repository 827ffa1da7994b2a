CREATE TABLE parent (id bigint PRIMARY KEY, code varchar(20) UNIQUE);
CREATE TABLE child (id integer PRIMARY KEY, parent_id bigint REFERENCES parent(id) ON DELETE CASCADE, pcode varchar(20) REFERENCES parent(code));
CREATE INDEX child_parent_idx ON child(parent_id);
