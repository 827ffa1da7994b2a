CREATE TABLE documents (
    id integer PRIMARY KEY,
    doc_no bigint NOT NULL
);

CREATE SEQUENCE documents_doc_no_seq;
