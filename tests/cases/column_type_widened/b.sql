CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    sensor_code varchar(20) NOT NULL,
    label text,
    reading numeric(12,2),
    ts timestamp with time zone,
    flags integer
);
