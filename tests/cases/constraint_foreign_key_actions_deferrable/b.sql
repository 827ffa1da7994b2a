CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE,
    editor_id integer CONSTRAINT books_editor_fkey REFERENCES authors (id) ON DELETE RESTRICT,
    title text NOT NULL
);

CREATE TABLE chapters (
    book_id integer NOT NULL,
    no integer NOT NULL,
    PRIMARY KEY (book_id, no),
    CONSTRAINT chapters_book_fkey FOREIGN KEY (book_id) REFERENCES books (id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE chapter_notes (
    book_id integer NOT NULL,
    chapter_no integer NOT NULL,
    note text,
    FOREIGN KEY (book_id, chapter_no) REFERENCES chapters (book_id, no)
        MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE
);
