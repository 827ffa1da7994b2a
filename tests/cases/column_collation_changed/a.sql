CREATE TABLE words (
    id integer PRIMARY KEY,
    word text NOT NULL,
    sort_key varchar(100) COLLATE "C"
);

CREATE INDEX words_word_idx ON words (word);
