CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    sort_key varchar(100) COLLATE "POSIX"
);

CREATE INDEX words_word_idx ON words (word);
