-- Columns whose type is rebuilt are parked on text meanwhile: what reads
-- them (a gist exclusion constraint, a primary key referenced by a foreign
-- key, a check, an index, a statistics object) must not be rebuilt on text.
CREATE TYPE span AS RANGE (subtype = int4);
CREATE TABLE booking (room int, during span, EXCLUDE USING gist (during WITH &&));
CREATE TYPE level AS ENUM ('low', 'mid', 'high', 'max');
CREATE TABLE lvl (l level PRIMARY KEY, CHECK (l > 'low'));
CREATE TABLE uses_lvl (l level REFERENCES lvl (l), n int);
CREATE INDEX uses_lvl_l ON uses_lvl USING hash (l);
CREATE STATISTICS uses_lvl_st ON l, n FROM uses_lvl;
