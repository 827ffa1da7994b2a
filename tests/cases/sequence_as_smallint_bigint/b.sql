-- AS changes in both directions; MAXVALUE must follow the new type.
CREATE SEQUENCE small_counter AS bigint;
CREATE SEQUENCE big_counter AS smallint MAXVALUE 30000;

CREATE TABLE counters (
    id bigint PRIMARY KEY DEFAULT nextval('small_counter'),
    other smallint DEFAULT nextval('big_counter')
);
