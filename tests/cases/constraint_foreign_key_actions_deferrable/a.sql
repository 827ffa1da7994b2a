CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id),
    editor_id integer,
    title text NOT NULL
);

CREATE TABLE chapters (
    book_id integer NOT NULL,
    no integer NOT NULL,
    PRIMARY KEY (book_id, no),
    CONSTRAINT chapters_book_fkey FOREIGN KEY (book_id) REFERENCES books (id)
);
