CREATE TABLE files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    size bigint NOT NULL,
    mime text
);

CREATE INDEX files_path_idx ON files (path text_pattern_ops);
CREATE INDEX files_mime_cover_idx ON files (mime) INCLUDE (size, path);
CREATE UNIQUE INDEX files_id_cover_idx ON files (id) INCLUDE (path);
