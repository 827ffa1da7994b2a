-- ICU collations (und-x-icu is available on PG15 Debian) and a libc copy of "C".
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE COLLATION bytewise FROM "C";

CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text COLLATE case_insensitive NOT NULL,
    sort_name text COLLATE german_phonebook,
    code varchar(20) COLLATE bytewise
);

CREATE UNIQUE INDEX tags_name_key ON tags (name);
