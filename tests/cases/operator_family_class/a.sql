CREATE SCHEMA ops;
CREATE FUNCTION ops.int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION ops.int_ne(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION ops.int_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION ops.int_lt_strict(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 < $2';
CREATE FUNCTION ops.int_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <= $2';
CREATE FUNCTION ops.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT pg_catalog.btint4cmp($1, $2)';
CREATE FUNCTION ops.int_neg(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE FUNCTION ops.int_lt_bigint(integer, bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';

-- commutator / negator pair; RESTRICT and JOIN removed in b (ALTER OPERATOR SET)
CREATE OPERATOR ops.=== (FUNCTION = ops.int_eq, LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR(ops.===), NEGATOR = OPERATOR(ops.!==), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR ops.!== (FUNCTION = ops.int_ne, LEFTARG = integer, RIGHTARG = integer,
  COMMUTATOR = OPERATOR(ops.!==), NEGATOR = OPERATOR(ops.===));
COMMENT ON OPERATOR ops.=== (integer, integer) IS 'equal';
-- function changed in b: replaced, with the class and the index that use it
CREATE OPERATOR ops.<<< (FUNCTION = ops.int_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR ops.<<= (FUNCTION = ops.int_le, LEFTARG = integer, RIGHTARG = integer);
-- prefix operator dropped in b
CREATE OPERATOR public.~~~ (FUNCTION = ops.int_neg, RIGHTARG = integer);
-- cross-type operator: a loose member of the family
CREATE OPERATOR ops.<<< (FUNCTION = ops.int_lt_bigint, LEFTARG = integer, RIGHTARG = bigint);

CREATE OPERATOR FAMILY ops.int_fam USING btree;
CREATE OPERATOR CLASS ops.int_ops FOR TYPE integer USING btree FAMILY ops.int_fam AS
  OPERATOR 1 ops.<<<, OPERATOR 2 ops.<<=, OPERATOR 3 ops.===, FUNCTION 1 ops.int_cmp(integer, integer);
ALTER OPERATOR FAMILY ops.int_fam USING btree ADD OPERATOR 1 ops.<<< (integer, bigint);
COMMENT ON OPERATOR FAMILY ops.int_fam USING btree IS 'ints';
-- dropped in b (its implicit family too)
CREATE OPERATOR CLASS ops.int_hash_ops FOR TYPE integer USING hash AS
  OPERATOR 1 ops.===, FUNCTION 1 hashint4(integer);

CREATE TABLE public.t (a integer, b integer);
CREATE INDEX t_a_idx ON public.t (a ops.int_ops);
CREATE INDEX t_b_idx ON public.t USING hash (b ops.int_hash_ops);
CREATE VIEW public.v AS SELECT a FROM public.t WHERE a OPERATOR(ops.===) 1;
