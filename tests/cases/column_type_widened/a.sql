CREATE TABLE measurements (
    id integer PRIMARY KEY,
    sensor_code varchar(10) NOT NULL,
    label varchar(50),
    reading numeric(10,2),
    ts timestamp,
    flags smallint
);
