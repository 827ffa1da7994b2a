CREATE TABLE files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    size bigint NOT NULL,
    mime text
);

CREATE INDEX files_path_idx ON files (path);
