CREATE SCHEMA ops;
CREATE FUNCTION ops.int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION ops.int_ne(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION ops.int_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION ops.int_lt_strict(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 < $2';
CREATE FUNCTION ops.int_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <= $2';
CREATE FUNCTION ops.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT pg_catalog.btint4cmp($1, $2)';
CREATE FUNCTION ops.int_neg(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE FUNCTION ops.int_lt_bigint(integer, bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';

CREATE OPERATOR ops.=== (FUNCTION = ops.int_eq, LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR(ops.===), NEGATOR = OPERATOR(ops.!==), HASHES, MERGES);
CREATE OPERATOR ops.!== (FUNCTION = ops.int_ne, LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR(ops.!==), NEGATOR = OPERATOR(ops.===), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR ops.=== (integer, integer) IS 'equal, no estimators';
CREATE OPERATOR ops.<<< (FUNCTION = ops.int_lt_strict, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR ops.<<= (FUNCTION = ops.int_le, LEFTARG = integer, RIGHTARG = integer);
-- new prefix operator
CREATE OPERATOR public.### (FUNCTION = ops.int_neg, RIGHTARG = integer);
CREATE OPERATOR ops.<<< (FUNCTION = ops.int_lt_bigint, LEFTARG = integer, RIGHTARG = bigint);

CREATE OPERATOR FAMILY ops.int_fam USING btree;
CREATE OPERATOR CLASS ops.int_ops FOR TYPE integer USING btree FAMILY ops.int_fam AS
  OPERATOR 1 ops.<<<, OPERATOR 2 ops.<<=, OPERATOR 3 ops.===, FUNCTION 1 ops.int_cmp(integer, integer);
-- loose member: the cross-type operator gone, a cross-type support function added
ALTER OPERATOR FAMILY ops.int_fam USING btree ADD FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
-- new family and class with STORAGE, a sort family and a GiST-like method's FUNCTION numbers
CREATE OPERATOR FAMILY ops.other_fam USING hash;
CREATE OPERATOR CLASS ops.int_hash2 FOR TYPE integer USING hash FAMILY ops.other_fam AS
  OPERATOR 1 ops.===, FUNCTION 1 hashint4(integer), FUNCTION 2 hashint4extended(integer, bigint);
COMMENT ON OPERATOR CLASS ops.int_hash2 USING hash IS 'hash ''ints''';

CREATE TABLE public.t (a integer, b integer);
CREATE INDEX t_a_idx ON public.t (a ops.int_ops);
CREATE INDEX t_b_idx ON public.t USING hash (b ops.int_hash2);
CREATE VIEW public.v AS SELECT a FROM public.t WHERE a OPERATOR(ops.===) 1;
