CREATE TABLE documents (
    id integer PRIMARY KEY,
    doc_no bigint NOT NULL
);

CREATE SEQUENCE documents_doc_no_seq OWNED BY documents.doc_no;
ALTER TABLE documents ALTER COLUMN doc_no SET DEFAULT nextval('documents_doc_no_seq');
