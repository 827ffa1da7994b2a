CREATE TABLE log_2020 (id integer, at date, note text);
CREATE TABLE log (id integer, at date, note text);
CREATE TABLE log_2021 (id integer, at date);
