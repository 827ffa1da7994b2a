CREATE SEQUENCE small_counter AS smallint;
CREATE SEQUENCE big_counter AS bigint MAXVALUE 100000;

CREATE TABLE counters (
    id bigint PRIMARY KEY DEFAULT nextval('small_counter'),
    other smallint DEFAULT nextval('big_counter')
);
