// The catalog query: ONE statement per database that returns ONE JSON
// document describing every object pgdiff models, plus the raw dependency
// edges of pg_depend. The same text runs natively through libpq and in the
// browser through PGlite, so both worlds see identical catalog data.
//
// Conventions that keep the document comparable across databases:
// - names are raw (unquoted); the engine quotes them when printing SQL;
// - definitions come from the server's own deparsers (pg_get_*def,
//   pg_get_expr, format_type) under an empty search_path, so every name that
//   is not in pg_catalog comes out schema-qualified;
// - per-object lists are built in CTEs joined once, never per-row subqueries
//   over big catalogs, so the query stays linear in the number of objects.
#pragma once
#include <cstddef>

namespace pgdiff {

// Run before catalog_query(): a read-only snapshot, and the empty
// search_path that makes the server's deparsers qualify every user name.
// (The caller's statement_timeout stays in force: --statement-timeout.)
// jit off: the query's cost estimate crosses jit_above_cost from a few
// thousand tables on, and compiling its ~1,400 expressions costs more than
// it saves (0.8 s of 5.6 s at 5,000 tables). work_mem: the big json_agg
// sorts spilled to temp files at 4MB. No parallel workers: an inspection
// should not take the server's workers, and its cost stays in one backend.
// All are ordinary user settings (any role, PGlite too) and last only for
// this transaction.
inline const char* inspect_begin_sql() {
    return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
           "SET LOCAL search_path = ''; SET LOCAL jit = off; SET LOCAL work_mem = '128MB'; "
           "SET LOCAL max_parallel_workers_per_gather = 0";
}

inline const char* inspect_end_sql() { return "ROLLBACK"; }

// Format version of the document the query returns (and of snapshot files).
// 2: a relation's columns are positional arrays (see column_fields()).
// 1: columns were objects; load_catalog() still reads version 1 documents.
inline constexpr int catalog_format_version = 2;

// The items of a column in relations[].columns, in order, from format_version
// 2 on (version 1 wrote each column as an object with these keys: mostly
// nulls, and half the document at 5,000 tables).
inline const char* const* column_fields(size_t* count) {
    static const char* const fields[] = {
        "num", "name", "type", "not_null", "identity", "generated", "local", "inherited",
        "collation", "storage", "compression", "statistics", "n_distinct", "default_oid",
        "default", "default_volatile", "acl", "identity_sequence"};
    *count = sizeof fields / sizeof fields[0];
    return fields;
}

inline const char* catalog_query() {
    return R"SQL(
WITH
nsp AS (
  SELECT n.oid, n.nspname, n.nspowner, n.nspacl
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
),
ext_member AS (
  SELECT d.classid, d.objid, d.refobjid AS extoid
  FROM pg_catalog.pg_depend d
  WHERE d.deptype = 'e' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  -- the array type of an extension's type belongs to the extension too
  -- (PostgreSQL 15 records it only as part of its element type): a column
  -- of citext[] then follows the extension as a citext column does
  UNION
  SELECT d.classid, t.typarray, d.refobjid
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_type t ON t.oid = d.objid AND t.typarray <> 0
  WHERE d.deptype = 'e' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
    AND d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
),
-- Functions and casts PostgreSQL creates with a type (range and multirange
-- constructors, the range -> multirange cast): part of the type, not diffed.
type_member AS (
  SELECT d.classid, d.objid
  FROM pg_catalog.pg_depend d
  WHERE d.deptype = 'i' AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
    AND d.classid IN ('pg_catalog.pg_proc'::pg_catalog.regclass, 'pg_catalog.pg_cast'::pg_catalog.regclass)
),
rel AS (
  SELECT c.oid, c.relname, c.relkind, c.relpersistence, c.relispartition, c.relpartbound,
         c.relrowsecurity, c.relforcerowsecurity, c.reloptions, c.relacl, c.relowner,
         c.reltype, c.reltuples, c.relpages, c.relreplident, n.nspname
  FROM pg_catalog.pg_class c
  JOIN nsp n ON n.oid = c.relnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND em.objid = c.oid
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND em.objid IS NULL
),
inherits AS (
  SELECT i.inhrelid, json_agg(i.inhparent::int8 ORDER BY i.inhseqno) AS parents
  FROM pg_catalog.pg_inherits i JOIN rel r ON r.oid = i.inhrelid
  GROUP BY i.inhrelid
),
view_rule AS (
  SELECT rw.ev_class, rw.oid
  FROM pg_catalog.pg_rewrite rw JOIN rel r ON r.oid = rw.ev_class
  WHERE rw.rulename = '_RETURN'
),
-- Identity sequences, found from pg_sequence through pg_depend's depender
-- index (one probe per sequence) rather than by scanning pg_depend.
identity_seq AS (
  SELECT s.seqrelid AS seqoid, d.refobjid AS relid, d.refobjsubid AS attnum
  FROM pg_catalog.pg_sequence s
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = s.seqrelid
  WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.deptype = 'i' AND d.refobjsubid > 0
),
-- Every ACL as JSON ([grantee or PUBLIC, privilege, grantable] per item),
-- built once per distinct aclitem[] value for all object families: objects
-- that share an ACL (most do: one GRANT covers many) share its JSON. The
-- built-in default ACL of an object (acldefault: object type and owner) is
-- one of these values too, looked up through acl_default by (type, owner).
-- (A few rows each: the big families hash-join acl_json on the value and
-- look acl_default up per object.)
acl_default_key AS (
  SELECT CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END::"char" AS kind, r.relowner AS owner
  FROM rel r WHERE r.relacl IS NOT NULL
  UNION SELECT 'f', p.proowner FROM pg_catalog.pg_proc p WHERE p.proacl IS NOT NULL
  UNION SELECT 'T', t.typowner FROM pg_catalog.pg_type t WHERE t.typacl IS NOT NULL
  UNION SELECT 'n', n.nspowner FROM nsp n WHERE n.nspacl IS NOT NULL
  UNION SELECT 'l', l.lanowner FROM pg_catalog.pg_language l WHERE l.lanacl IS NOT NULL
  UNION SELECT 'F', w.fdwowner FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.fdwacl IS NOT NULL
  UNION SELECT 'S', s.srvowner FROM pg_catalog.pg_foreign_server s WHERE s.srvacl IS NOT NULL
  -- acldefault() spells sequences 's' ('S' is a foreign server there)
  UNION SELECT CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole
  FROM pg_catalog.pg_default_acl d
),
acl_value AS (
  SELECT r.relacl AS acl FROM rel r WHERE r.relacl IS NOT NULL
  UNION SELECT p.proacl FROM pg_catalog.pg_proc p WHERE p.proacl IS NOT NULL
  UNION SELECT t.typacl FROM pg_catalog.pg_type t WHERE t.typacl IS NOT NULL
  UNION SELECT n.nspacl FROM nsp n WHERE n.nspacl IS NOT NULL
  UNION SELECT l.lanacl FROM pg_catalog.pg_language l WHERE l.lanacl IS NOT NULL
  UNION SELECT w.fdwacl FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.fdwacl IS NOT NULL
  UNION SELECT s.srvacl FROM pg_catalog.pg_foreign_server s WHERE s.srvacl IS NOT NULL
  UNION SELECT d.defaclacl FROM pg_catalog.pg_default_acl d
  UNION SELECT pg_catalog.acldefault(k.kind, k.owner) FROM acl_default_key k
),
acl_json AS (
  SELECT v.acl, (SELECT json_agg(json_build_array(
                          CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
                          x.privilege_type, x.is_grantable))
                 FROM pg_catalog.aclexplode(v.acl) x) AS items
  FROM acl_value v
),
acl_default AS (
  SELECT k.kind, k.owner, j.items
  FROM acl_default_key k JOIN acl_json j ON j.acl = pg_catalog.acldefault(k.kind, k.owner)
),
relations AS (
  SELECT json_agg(json_build_object(
           'oid', r.oid::int8,
           'schema', r.nspname,
           'name', r.relname,
           'relkind', r.relkind,
           'persistence', r.relpersistence,
           'partition_bound', CASE WHEN r.relispartition THEN pg_catalog.pg_get_expr(r.relpartbound, r.oid) END,
           'partition_key', CASE WHEN r.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(r.oid) END,
           'parents', inh.parents,
           'rls', r.relrowsecurity,
           'force_rls', r.relforcerowsecurity,
           'options', r.reloptions,
           'owner', pg_catalog.pg_get_userbyid(r.relowner),
           'acl', acl.items,
           'acl_default', CASE WHEN r.relacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'r' AND d.owner = r.relowner) END,
           'type_oid', r.reltype::int8,
           'rule_oid', vr.oid::int8,
           'view_definition', CASE WHEN r.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(r.oid) END,
           -- Columns per relation (index scans of pg_attribute and pg_attrdef by
           -- relation): joining every column first and grouping them sorted
           -- 52,215 wide rows at 5,000 tables and hashed all of pg_class.
           'columns', coalesce((SELECT json_agg(json_build_array(  -- positional: column_fields() in this file
           /* num */ a.attnum,
           /* name */ a.attname,
           /* type */ pg_catalog.format_type(a.atttypid, a.atttypmod),
           /* not_null */ a.attnotnull,
           /* identity */ NULLIF(a.attidentity, ''),
           /* generated */ NULLIF(a.attgenerated, ''),
           /* local */ a.attislocal,
           /* inherited */ a.attinhcount > 0,
           /* collation */ CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0
                             THEN (SELECT json_build_array(cn.nspname, co.collname)
                                   FROM pg_catalog.pg_collation co
                                   JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                   WHERE co.oid = a.attcollation) END,
           /* storage */ CASE WHEN a.attstorage <> t.typstorage THEN json_build_array(a.attstorage, t.typstorage) END,
           /* compression */ NULLIF(a.attcompression, ''),
           /* statistics */ CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END,
           /* n_distinct */ CASE WHEN a.attoptions IS NOT NULL THEN
                           (SELECT json_agg(o ORDER BY o) FROM pg_catalog.unnest(a.attoptions) o
                            WHERE o LIKE 'n\_distinct%') END,
           /* default_oid */ ad.oid::int8,
           -- Only a generated column's expression names columns: any other
           -- default is deparsed without its table, which spares the server
           -- opening (and locking) every table that has a default.
           /* default */ pg_catalog.pg_get_expr(ad.adbin, CASE WHEN a.attgenerated <> '' THEN ad.adrelid ELSE 0 END),
           -- PostgreSQL rewrites the table when a column is added with a volatile
           -- default: read the functions from the stored expression tree.
           /* default_volatile */ CASE WHEN ad.oid IS NOT NULL THEN EXISTS (
               SELECT 1 FROM pg_catalog.regexp_matches(ad.adbin::text, ':(?:funcid|opfuncid) (\d+)', 'g') AS m(f)
               JOIN pg_catalog.pg_proc vp ON vp.oid = m.f[1]::oid
               WHERE vp.provolatile = 'v') END,
           -- (column ACLs are rare: exploded here, since collecting them for
           -- acl_json would cost a scan of all of pg_attribute)
           /* acl */ CASE WHEN a.attacl IS NOT NULL THEN
                    (SELECT json_agg(json_build_array(
                              CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
                              x.privilege_type, x.is_grantable))
                     FROM pg_catalog.aclexplode(a.attacl) x) END,
           -- the sequence that depends internally on the column (pg_depend's
           -- referencing index), for identity columns only
           /* identity_sequence */ CASE WHEN a.attidentity <> '' THEN (
               SELECT json_build_object(
                 'schema', isn.nspname, 'name', isc.relname,
                 'type', pg_catalog.format_type(iss.seqtypid, NULL),
                 'start', iss.seqstart::text, 'increment', iss.seqincrement::text,
                 'min', iss.seqmin::text, 'max', iss.seqmax::text,
                 'cache', iss.seqcache::text, 'cycle', iss.seqcycle)
               FROM pg_catalog.pg_depend idd
               JOIN pg_catalog.pg_sequence iss ON iss.seqrelid = idd.objid
               JOIN pg_catalog.pg_class isc ON isc.oid = iss.seqrelid
               JOIN pg_catalog.pg_namespace isn ON isn.oid = isc.relnamespace
               WHERE idd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND idd.refobjid = a.attrelid
                 AND idd.refobjsubid = a.attnum AND idd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 AND idd.deptype = 'i') END
         ) ORDER BY a.attnum)
                       FROM pg_catalog.pg_attribute a
                       JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                       LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                       WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]'::json),
           'replica_identity', CASE WHEN r.relkind IN ('r', 'p') AND r.relreplident <> 'd' THEN r.relreplident END,
           'replica_index', CASE WHEN r.relreplident = 'i' THEN
               (SELECT json_build_array(ri.indexrelid::int8, ric.relname)
                FROM pg_catalog.pg_index ri JOIN pg_catalog.pg_class ric ON ric.oid = ri.indexrelid
                WHERE ri.indrelid = r.oid AND ri.indisreplident) END,
           'tuples', r.reltuples,
           'pages', r.relpages
         ) ORDER BY r.nspname, r.relname) AS items
  FROM rel r
  LEFT JOIN inherits inh ON inh.inhrelid = r.oid
  LEFT JOIN acl_json acl ON acl.acl = r.relacl
  LEFT JOIN view_rule vr ON vr.ev_class = r.oid
  WHERE r.relkind <> 'S'
),
sequences AS (
  SELECT json_agg(json_build_object(
           'oid', r.oid::int8,
           'schema', r.nspname,
           'name', r.relname,
           'type', pg_catalog.format_type(s.seqtypid, NULL),
           'start', s.seqstart::text, 'increment', s.seqincrement::text,
           'min', s.seqmin::text, 'max', s.seqmax::text,
           'cache', s.seqcache::text, 'cycle', s.seqcycle,
           'persistence', r.relpersistence,
           'owner', pg_catalog.pg_get_userbyid(r.relowner),
           'acl', acl.items,
           'acl_default', CASE WHEN r.relacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 's' AND d.owner = r.relowner) END
         ) ORDER BY r.nspname, r.relname) AS items
  FROM rel r
  JOIN pg_catalog.pg_sequence s ON s.seqrelid = r.oid
  LEFT JOIN identity_seq ids ON ids.seqoid = r.oid
  LEFT JOIN acl_json acl ON acl.acl = r.relacl
  WHERE r.relkind = 'S' AND ids.seqoid IS NULL
),
constraint_index AS (
  SELECT c.conindid FROM pg_catalog.pg_constraint c
  WHERE c.contype IN ('p', 'u', 'x') AND c.conindid <> 0
),
constraints AS (
  SELECT json_agg(json_build_object(
           'oid', c.oid::int8,
           'schema', r.nspname,
           'table', r.relname,
           'name', c.conname,
           'type', c.contype,
           -- a primary key's or unique constraint's index storage
           -- parameters, which pg_get_constraintdef leaves out (it prints
           -- them for EXCLUDE), go before DEFERRABLE
           'definition', CASE WHEN c.contype IN ('p', 'u') AND ic.reloptions IS NOT NULL THEN
               pg_catalog.left(d.def, pg_catalog.length(d.def) - pg_catalog.length(d.deferral)) ||
               ' WITH (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pg_catalog.split_part(o.opt, '=', 1)) || '=' ||
                                    CASE WHEN pg_catalog.quote_ident(o.val) = o.val THEN o.val ELSE pg_catalog.quote_literal(o.val) END,
                                    ', ' ORDER BY o.n)
                             FROM (SELECT u.opt, pg_catalog.substr(u.opt, pg_catalog.strpos(u.opt, '=') + 1) AS val, u.n
                                   FROM pg_catalog.unnest(ic.reloptions) WITH ORDINALITY u(opt, n)) o) || ')' ||
               d.deferral
             ELSE d.def END,
           'validated', c.convalidated,
           'index_oid', CASE WHEN c.contype IN ('p', 'u', 'x') THEN c.conindid::int8 END
         ) ORDER BY r.nspname, r.relname, c.conname) AS items
  FROM pg_catalog.pg_constraint c
  JOIN rel r ON r.oid = c.conrelid
  LEFT JOIN pg_catalog.pg_class ic ON ic.oid = c.conindid AND c.contype IN ('p', 'u')
  CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_constraintdef(c.oid) AS def,
                             CASE WHEN c.condeferrable THEN ' DEFERRABLE' ||
                                  CASE WHEN c.condeferred THEN ' INITIALLY DEFERRED' ELSE '' END
                             ELSE '' END AS deferral) d
  WHERE c.contype IN ('c', 'f', 'p', 'u', 'x') AND c.conislocal AND c.conparentid = 0
),
indexes AS (
  SELECT json_agg(json_build_object(
           'oid', ic.oid::int8,
           'schema', r.nspname,
           'table', r.relname,
           'name', ic.relname,
           'definition', pg_catalog.pg_get_indexdef(i.indexrelid),
           'clustered', i.indisclustered,
           -- an index on a partitioned table made ON ONLY that does not yet
           -- cover every partition (PostgreSQL marks it invalid)
           'only', ic.relkind = 'I' AND NOT i.indisvalid,
           -- ALTER INDEX ... ALTER COLUMN n SET STATISTICS (expression columns)
           'column_statistics', (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(a.attnum, a.attstattarget) ORDER BY a.attnum)
                                 FROM pg_catalog.pg_attribute a
                                 WHERE a.attrelid = i.indexrelid AND a.attstattarget >= 0)
         ) ORDER BY r.nspname, ic.relname) AS items
  FROM pg_catalog.pg_index i
  JOIN rel r ON r.oid = i.indrelid
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  LEFT JOIN constraint_index ci ON ci.conindid = i.indexrelid
  WHERE ci.conindid IS NULL AND NOT ic.relispartition
),
-- What a parent copied onto a partition or an inheritance child: the
-- partition's indexes attached to the parent's, and constraints it holds
-- only by inheritance (not local). DETACH PARTITION and NO INHERIT leave
-- them on the table as its own; nothing else reads them.
clones AS (
  SELECT json_agg(json_build_array(x.relid::int8, x.kind, x.name, x.inhcount)
                  ORDER BY x.relid, x.kind, x.name) AS items
  FROM (
    SELECT i.indrelid AS relid, 'i'::text AS kind, ic.relname::text AS name, 1 AS inhcount
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
    LEFT JOIN constraint_index ci ON ci.conindid = i.indexrelid
    WHERE ic.relispartition AND ci.conindid IS NULL
    UNION ALL
    SELECT c.conrelid, c.contype::text, c.conname::text, c.coninhcount
    FROM pg_catalog.pg_constraint c
    WHERE c.contype IN ('c', 'f', 'p', 'u', 'x') AND NOT c.conislocal AND c.coninhcount > 0
  ) x
  JOIN inherits ih ON ih.inhrelid = x.relid
),
funcs AS (
  SELECT p.oid, p.proname, p.prokind, p.proacl, p.proowner, p.proargtypes, n.nspname
  FROM pg_catalog.pg_proc p
  JOIN nsp n ON n.oid = p.pronamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND em.objid = p.oid
  LEFT JOIN type_member tm ON tm.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND tm.objid = p.oid
  WHERE em.objid IS NULL AND tm.objid IS NULL
),
functions AS (
  SELECT json_agg(json_build_object(
           'oid', f.oid::int8,
           'schema', f.nspname,
           'name', f.proname,
           'kind', f.prokind,
           'identity_arguments', pg_catalog.pg_get_function_identity_arguments(f.oid),
           'argument_types', pg_catalog.oidvectortypes(f.proargtypes),
           'arguments', pg_catalog.pg_get_function_arguments(f.oid),
           'result', pg_catalog.pg_get_function_result(f.oid),
           'definition', pg_catalog.pg_get_functiondef(f.oid),
           'owner', pg_catalog.pg_get_userbyid(f.proowner),
           'acl', fa.items,
           'acl_default', CASE WHEN f.proacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'f' AND d.owner = f.proowner) END
         ) ORDER BY f.nspname, f.proname, f.oid) AS items
  FROM funcs f
  LEFT JOIN acl_json fa ON fa.acl = f.proacl
  WHERE f.prokind IN ('f', 'p', 'w')
),
triggers AS (
  SELECT json_agg(json_build_object(
           'oid', t.oid::int8,
           'schema', r.nspname,
           'table', r.relname,
           'name', t.tgname,
           'definition', pg_catalog.pg_get_triggerdef(t.oid),
           'enabled', t.tgenabled,
           'constraint_trigger', t.tgconstraint <> 0,
           -- a trigger cloned onto a partition is listed only when its
           -- ENABLE/DISABLE state is not its parent trigger's (ALTER TABLE
           -- ONLY partition DISABLE TRIGGER): the table of the trigger it was
           -- cloned from (the ancestor's of that name that is no clone) and
           -- its direct parent's state
           'clone_of', CASE WHEN t.tgparentid <> 0 THEN (
               SELECT pg_catalog.json_build_array(an.nspname, ac.relname)
               FROM pg_catalog.pg_partition_ancestors(t.tgrelid) a(relid)
               JOIN pg_catalog.pg_trigger at ON at.tgrelid = a.relid AND at.tgname = t.tgname AND at.tgparentid = 0
               JOIN pg_catalog.pg_class ac ON ac.oid = a.relid
               JOIN pg_catalog.pg_namespace an ON an.oid = ac.relnamespace
               LIMIT 1) END,
           'parent_enabled', pt.tgenabled
         ) ORDER BY r.nspname, r.relname, t.tgname) AS items
  FROM pg_catalog.pg_trigger t
  JOIN rel r ON r.oid = t.tgrelid
  LEFT JOIN pg_catalog.pg_trigger pt ON pt.oid = t.tgparentid
  WHERE NOT t.tgisinternal AND (t.tgparentid = 0 OR t.tgenabled <> pt.tgenabled)
),
rules AS (
  SELECT json_agg(json_build_object(
           'oid', rw.oid::int8,
           'schema', r.nspname,
           'table', r.relname,
           'name', rw.rulename,
           'definition', pg_catalog.pg_get_ruledef(rw.oid),
           'enabled', rw.ev_enabled
         ) ORDER BY r.nspname, r.relname, rw.rulename) AS items
  FROM pg_catalog.pg_rewrite rw
  JOIN rel r ON r.oid = rw.ev_class
  WHERE rw.rulename <> '_RETURN'
),
statistics AS (
  SELECT json_agg(json_build_object(
           'oid', s.oid::int8,
           'schema', n.nspname,
           'name', s.stxname,
           'table_schema', r.nspname,
           'table', r.relname,
           'definition', pg_catalog.pg_get_statisticsobjdef(s.oid),
           'target', CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget END,
           'owner', pg_catalog.pg_get_userbyid(s.stxowner)
         ) ORDER BY n.nspname, s.stxname) AS items
  FROM pg_catalog.pg_statistic_ext s
  JOIN nsp n ON n.oid = s.stxnamespace
  JOIN rel r ON r.oid = s.stxrelid
),
-- Typed tables (CREATE TABLE ... OF type): the table and its type.
typed_tables AS (
  SELECT json_agg(json_build_object(
           'oid', r.oid::int8,
           'type_oid', c.reloftype::int8,
           'type', pg_catalog.format_type(c.reloftype, NULL)
         ) ORDER BY r.nspname, r.relname) AS items
  FROM rel r JOIN pg_catalog.pg_class c ON c.oid = r.oid
  WHERE c.reloftype <> 0 AND r.relkind IN ('r', 'p')
),
-- Publications. The row filter and column list of pg_publication_rel and
-- pg_publication_namespace exist from PostgreSQL 15: they are read through
-- to_jsonb() and pg_depend (6237 = pg_publication_namespace) so that the same
-- text runs on 14.
publications AS (
  SELECT json_agg(json_build_object(
           'oid', p.oid::int8,
           'name', p.pubname,
           'owner', pg_catalog.pg_get_userbyid(p.pubowner),
           'all_tables', p.puballtables,
           'insert', p.pubinsert,
           'update', p.pubupdate,
           'delete', p.pubdelete,
           'truncate', p.pubtruncate,
           'via_root', p.pubviaroot,
           'generated_columns', pg_catalog.to_jsonb(p) ->> 'pubgencols'
         ) ORDER BY p.pubname) AS items
  FROM pg_catalog.pg_publication p
),
publication_tables AS (
  SELECT json_agg(json_build_object(
           'oid', pr.oid::int8,
           'publication', p.pubname,
           'schema', r.nspname,
           'table', r.relname,
           'columns', CASE WHEN pr.j -> 'prattrs' IS NOT NULL AND pr.j -> 'prattrs' <> 'null'::jsonb THEN
               (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = pr.prrelid
                  AND a.attnum::text IN (SELECT pg_catalog.jsonb_array_elements_text(pr.j -> 'prattrs'))) END,
           'where', CASE WHEN pr.j ->> 'prqual' IS NOT NULL THEN
               (SELECT pg_catalog.to_jsonb(pt) ->> 'rowfilter' FROM pg_catalog.pg_publication_tables pt
                WHERE pt.pubname = p.pubname AND pt.schemaname = r.nspname AND pt.tablename = r.relname) END
         ) ORDER BY p.pubname, r.nspname, r.relname) AS items
  FROM (SELECT x.oid, x.prpubid, x.prrelid, pg_catalog.to_jsonb(x) AS j FROM pg_catalog.pg_publication_rel x) pr
  JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
  JOIN rel r ON r.oid = pr.prrelid
),
publication_schemas AS (
  SELECT json_agg(json_build_object(
           'oid', dp.objid::int8,
           'publication', p.pubname,
           'schema', n.nspname
         ) ORDER BY p.pubname, n.nspname) AS items
  FROM pg_catalog.pg_depend dp
  JOIN pg_catalog.pg_depend dn ON dn.classid = dp.classid AND dn.objid = dp.objid
       AND dn.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
  JOIN pg_catalog.pg_publication p ON p.oid = dp.refobjid
  JOIN nsp n ON n.oid = dn.refobjid
  WHERE dp.classid = 6237 AND dp.refclassid = 'pg_catalog.pg_publication'::pg_catalog.regclass
),
event_triggers AS (
  SELECT json_agg(json_build_object(
           'oid', e.oid::int8,
           'name', e.evtname,
           'event', e.evtevent,
           'owner', pg_catalog.pg_get_userbyid(e.evtowner),
           'function', e.evtfoid::pg_catalog.regprocedure::text,
           'enabled', e.evtenabled,
           'tags', pg_catalog.to_json(e.evttags)
         ) ORDER BY e.evtname) AS items
  FROM pg_catalog.pg_event_trigger e
  LEFT JOIN ext_member em ON em.objid = e.oid AND em.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
  WHERE em.objid IS NULL
),
-- User-defined casts: not the built-in ones, not an extension's, not the
-- range -> multirange casts PostgreSQL creates with a range type.
casts AS (
  SELECT json_agg(json_build_object(
           'oid', c.oid::int8,
           'source', pg_catalog.format_type(c.castsource, NULL),
           'target', pg_catalog.format_type(c.casttarget, NULL),
           'function', CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text END,
           'context', c.castcontext,
           'method', c.castmethod
         ) ORDER BY pg_catalog.format_type(c.castsource, NULL), pg_catalog.format_type(c.casttarget, NULL)) AS items
  FROM pg_catalog.pg_cast c
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND em.objid = c.oid
  LEFT JOIN type_member tm ON tm.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND tm.objid = c.oid
  WHERE c.oid >= 16384 AND em.objid IS NULL AND tm.objid IS NULL
),
-- User-defined operators (not an extension's; not the shells PostgreSQL
-- makes for a COMMUTATOR or NEGATOR named before it exists, which pg_dump
-- leaves out too: CREATE OPERATOR makes them again).
operators AS (
  SELECT json_agg(json_build_object(
           'oid', o.oid::int8,
           'schema', n.nspname,
           'name', o.oprname,
           'left', CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) END,
           'right', pg_catalog.format_type(o.oprright, NULL),
           'function', json_build_array(fn.nspname, f.proname),
           'commutator', (SELECT json_build_array(cn.nspname, c.oprname) FROM pg_catalog.pg_operator c
                          JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
           'negator', (SELECT json_build_array(cn.nspname, c.oprname) FROM pg_catalog.pg_operator c
                       JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate),
           'restrict', (SELECT json_build_array(rn.nspname, r.proname) FROM pg_catalog.pg_proc r
                        JOIN pg_catalog.pg_namespace rn ON rn.oid = r.pronamespace WHERE r.oid = o.oprrest),
           'join', (SELECT json_build_array(rn.nspname, r.proname) FROM pg_catalog.pg_proc r
                    JOIN pg_catalog.pg_namespace rn ON rn.oid = r.pronamespace WHERE r.oid = o.oprjoin),
           'hashes', o.oprcanhash,
           'merges', o.oprcanmerge,
           'owner', pg_catalog.pg_get_userbyid(o.oprowner)
         ) ORDER BY n.nspname, o.oprname, pg_catalog.format_type(o.oprleft, NULL),
                    pg_catalog.format_type(o.oprright, NULL)) AS items
  FROM pg_catalog.pg_operator o
  JOIN nsp n ON n.oid = o.oprnamespace
  JOIN pg_catalog.pg_proc f ON f.oid = o.oprcode
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND em.objid = o.oid
  WHERE em.objid IS NULL
),
-- The operators and support functions of an operator family or class: a
-- class's own (pg_depend 'i' on the class) or a family's loose members (added
-- by ALTER OPERATOR FAMILY ... ADD: 'a' on the family), as pg_dump reads them.
-- Operator: [strategy, left, right, schema, name, sort family schema, name, oid];
-- function: [number, left, right, schema, name, argument types, oid].
opmembers AS (
  SELECT d.refclassid, d.refobjid,
         json_agg(json_build_array(ao.amopstrategy, pg_catalog.format_type(ao.amoplefttype, NULL),
                                   pg_catalog.format_type(ao.amoprighttype, NULL), opn.nspname, op.oprname,
                                   sfn.nspname, sf.opfname, ao.oid::int8)
                  ORDER BY ao.amopstrategy, pg_catalog.format_type(ao.amoplefttype, NULL),
                           pg_catalog.format_type(ao.amoprighttype, NULL)) AS items
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_amop ao ON ao.oid = d.objid
  JOIN pg_catalog.pg_operator op ON op.oid = ao.amopopr
  JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
  LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = ao.amopsortfamily
  LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace
  WHERE d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass
    AND ((d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i')
         OR (d.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND d.deptype = 'a'))
  GROUP BY d.refclassid, d.refobjid
),
opfunctions AS (
  SELECT d.refclassid, d.refobjid,
         json_agg(json_build_array(ap.amprocnum, pg_catalog.format_type(ap.amproclefttype, NULL),
                                   pg_catalog.format_type(ap.amprocrighttype, NULL), fn.nspname, f.proname,
                                   pg_catalog.oidvectortypes(f.proargtypes), ap.oid::int8)
                  ORDER BY ap.amprocnum, pg_catalog.format_type(ap.amproclefttype, NULL),
                           pg_catalog.format_type(ap.amprocrighttype, NULL)) AS items
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_amproc ap ON ap.oid = d.objid
  JOIN pg_catalog.pg_proc f ON f.oid = ap.amproc
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  WHERE d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass
    AND ((d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.deptype = 'i')
         OR (d.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND d.deptype = 'a'))
  GROUP BY d.refclassid, d.refobjid
),
operator_families AS (
  SELECT json_agg(json_build_object(
           'oid', f.oid::int8,
           'schema', n.nspname,
           'name', f.opfname,
           'method', am.amname,
           'operators', om.items,
           'functions', ofn.items,
           'owner', pg_catalog.pg_get_userbyid(f.opfowner)
         ) ORDER BY n.nspname, f.opfname, am.amname) AS items
  FROM pg_catalog.pg_opfamily f
  JOIN nsp n ON n.oid = f.opfnamespace
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  LEFT JOIN opmembers om ON om.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND om.refobjid = f.oid
  LEFT JOIN opfunctions ofn ON ofn.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND ofn.refobjid = f.oid
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND em.objid = f.oid
  WHERE em.objid IS NULL
),
operator_classes AS (
  SELECT json_agg(json_build_object(
           'oid', c.oid::int8,
           'schema', n.nspname,
           'name', c.opcname,
           'method', am.amname,
           'type', pg_catalog.format_type(c.opcintype, NULL),
           'default', c.opcdefault,
           'family', json_build_array(fn.nspname, f.opfname),
           'storage', CASE WHEN c.opckeytype <> 0 THEN pg_catalog.format_type(c.opckeytype, NULL) END,
           'operators', om.items,
           'functions', ofn.items,
           'owner', pg_catalog.pg_get_userbyid(c.opcowner)
         ) ORDER BY n.nspname, c.opcname, am.amname) AS items
  FROM pg_catalog.pg_opclass c
  JOIN nsp n ON n.oid = c.opcnamespace
  JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
  JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
  LEFT JOIN opmembers om ON om.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND om.refobjid = c.oid
  LEFT JOIN opfunctions ofn ON ofn.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND ofn.refobjid = c.oid
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND em.objid = c.oid
  WHERE em.objid IS NULL
),
-- Procedural languages made with CREATE LANGUAGE (not an extension's, so
-- not plpgsql): handler, inline handler and validator as [schema, name].
languages AS (
  SELECT json_agg(json_build_object(
           'oid', l.oid::int8,
           'name', l.lanname,
           'trusted', l.lanpltrusted,
           'handler', (SELECT json_build_array(fn.nspname, f.proname) FROM pg_catalog.pg_proc f
                       JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = l.lanplcallfoid),
           'inline', (SELECT json_build_array(fn.nspname, f.proname) FROM pg_catalog.pg_proc f
                      JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = l.laninline),
           'validator', (SELECT json_build_array(fn.nspname, f.proname) FROM pg_catalog.pg_proc f
                         JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace WHERE f.oid = l.lanvalidator),
           'owner', pg_catalog.pg_get_userbyid(l.lanowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = l.lanacl),
           'acl_default', CASE WHEN l.lanacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'l' AND d.owner = l.lanowner) END
         ) ORDER BY l.lanname) AS items
  FROM pg_catalog.pg_language l
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_language'::pg_catalog.regclass AND em.objid = l.oid
  WHERE l.oid >= 16384 AND em.objid IS NULL
),
policies AS (
  SELECT json_agg(json_build_object(
           'oid', p.oid::int8,
           'schema', r.nspname,
           'table', r.relname,
           'name', p.polname,
           'command', p.polcmd,
           'permissive', p.polpermissive,
           'roles', (SELECT json_agg(CASE WHEN ro = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(ro) END
                                     ORDER BY 1)
                     FROM pg_catalog.unnest(p.polroles) ro),
           'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid),
           'with_check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)
         ) ORDER BY r.nspname, r.relname, p.polname) AS items
  FROM pg_catalog.pg_policy p
  JOIN rel r ON r.oid = p.polrelid
),
enums AS (
  SELECT json_agg(json_build_object(
           'oid', t.oid::int8,
           'array_oid', t.typarray::int8,
           'schema', n.nspname,
           'name', t.typname,
           'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)
                      FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
           'owner', pg_catalog.pg_get_userbyid(t.typowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = t.typacl),
           'acl_default', CASE WHEN t.typacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'T' AND d.owner = t.typowner) END
         ) ORDER BY n.nspname, t.typname) AS items
  FROM pg_catalog.pg_type t
  JOIN nsp n ON n.oid = t.typnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND em.objid = t.oid
  WHERE t.typtype = 'e' AND em.objid IS NULL
),
schemas AS (
  SELECT json_agg(json_build_object(
           'oid', n.oid::int8,
           'name', n.nspname,
           'owner', pg_catalog.pg_get_userbyid(n.nspowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = n.nspacl),
           'acl_default', CASE WHEN n.nspacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'n' AND d.owner = n.nspowner) END
         ) ORDER BY n.nspname) AS items
  FROM nsp n
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND em.objid = n.oid
  WHERE em.objid IS NULL
),
extensions AS (
  SELECT json_agg(json_build_object(
           'oid', e.oid::int8,
           'name', e.extname,
           'schema', n.nspname,
           'version', e.extversion
         ) ORDER BY e.extname) AS items
  FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
  WHERE e.extname <> 'plpgsql'
),
collations AS (
  SELECT json_agg(json_build_object(
           'oid', co.oid::int8,
           'schema', n.nspname,
           'name', co.collname,
           'provider', co.collprovider,
           'deterministic', co.collisdeterministic,
           'collate', co.collcollate,
           'ctype', co.collctype,
           'locale', coalesce(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale'),
           'rules', pg_catalog.to_jsonb(co) ->> 'collicurules'
         ) ORDER BY n.nspname, co.collname) AS items
  FROM pg_catalog.pg_collation co
  JOIN nsp n ON n.oid = co.collnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND em.objid = co.oid
  WHERE em.objid IS NULL
),
domains AS (
  SELECT json_agg(json_build_object(
           'oid', t.oid::int8,
           'array_oid', t.typarray::int8,
           'schema', n.nspname,
           'name', t.typname,
           'base_type', pg_catalog.format_type(t.typbasetype, t.typtypmod),
           'not_null', t.typnotnull,
           'default', pg_catalog.pg_get_expr(t.typdefaultbin, 0),
           'collation', CASE WHEN t.typcollation <> bt.typcollation AND t.typcollation <> 0
                             THEN json_build_array(cn.nspname, co.collname) END,
           'constraints', (SELECT json_agg(json_build_object(
                                    'oid', c.oid::int8, 'name', c.conname,
                                    'definition', pg_catalog.pg_get_constraintdef(c.oid),
                                    'validated', c.convalidated) ORDER BY c.conname)
                           FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'),
           'owner', pg_catalog.pg_get_userbyid(t.typowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = t.typacl),
           'acl_default', CASE WHEN t.typacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'T' AND d.owner = t.typowner) END
         ) ORDER BY n.nspname, t.typname) AS items
  FROM pg_catalog.pg_type t
  JOIN nsp n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND em.objid = t.oid
  WHERE t.typtype = 'd' AND em.objid IS NULL
),
composites AS (
  SELECT json_agg(json_build_object(
           'oid', t.oid::int8,
           'array_oid', t.typarray::int8,
           'class_oid', t.typrelid::int8,
           'schema', n.nspname,
           'name', t.typname,
           'attributes', (SELECT json_agg(json_build_array(
                                   a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
                                   CASE WHEN a.attcollation <> at.typcollation AND a.attcollation <> 0
                                        THEN json_build_array(acn.nspname, aco.collname) END)
                                 ORDER BY a.attnum)
                          FROM pg_catalog.pg_attribute a
                          JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                          LEFT JOIN pg_catalog.pg_collation aco ON aco.oid = a.attcollation
                          LEFT JOIN pg_catalog.pg_namespace acn ON acn.oid = aco.collnamespace
                          WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
           'attnums', (SELECT json_agg(a.attnum ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                       WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
           'owner', pg_catalog.pg_get_userbyid(t.typowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = t.typacl),
           'acl_default', CASE WHEN t.typacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'T' AND d.owner = t.typowner) END
         ) ORDER BY n.nspname, t.typname) AS items
  FROM pg_catalog.pg_type t
  JOIN nsp n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND em.objid = t.oid
  WHERE t.typtype = 'c' AND em.objid IS NULL
),
ranges AS (
  SELECT json_agg(json_build_object(
           'oid', t.oid::int8,
           'array_oid', t.typarray::int8,
           'multirange_oid', r.rngmultitypid::int8,
           'schema', n.nspname,
           'name', t.typname,
           'subtype', pg_catalog.format_type(r.rngsubtype, NULL),
           'opclass', CASE WHEN NOT opc.opcdefault THEN json_build_array(opn.nspname, opc.opcname) END,
           'collation', CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
                             THEN json_build_array(cn.nspname, co.collname) END,
           'canonical', CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END,
           'subdiff', CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END,
           'multirange', json_build_array(mn.nspname, mt.typname),
           'owner', pg_catalog.pg_get_userbyid(t.typowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = t.typacl),
           'acl_default', CASE WHEN t.typacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'T' AND d.owner = t.typowner) END
         ) ORDER BY n.nspname, t.typname) AS items
  FROM pg_catalog.pg_range r
  JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
  JOIN nsp n ON n.oid = t.typnamespace
  JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
  JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
  JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
  LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid
  LEFT JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND em.objid = t.oid
  WHERE em.objid IS NULL
),
aggregates AS (
  SELECT json_agg(json_build_object(
           'oid', f.oid::int8,
           'schema', f.nspname,
           'name', f.proname,
           'argument_types', pg_catalog.oidvectortypes(f.proargtypes),
           'identity_arguments', pg_catalog.pg_get_function_identity_arguments(f.oid),
           'arguments', pg_catalog.pg_get_function_arguments(f.oid),
           'kind', a.aggkind,
           'sfunc', a.aggtransfn::pg_catalog.regproc::text,
           'stype', pg_catalog.format_type(a.aggtranstype, NULL),
           'sspace', a.aggtransspace,
           'finalfunc', CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::pg_catalog.regproc::text END,
           'finalfunc_extra', a.aggfinalextra,
           'finalfunc_modify', a.aggfinalmodify,
           'combinefunc', CASE WHEN a.aggcombinefn <> 0 THEN a.aggcombinefn::pg_catalog.regproc::text END,
           'serialfunc', CASE WHEN a.aggserialfn <> 0 THEN a.aggserialfn::pg_catalog.regproc::text END,
           'deserialfunc', CASE WHEN a.aggdeserialfn <> 0 THEN a.aggdeserialfn::pg_catalog.regproc::text END,
           'initcond', a.agginitval,
           'msfunc', CASE WHEN a.aggmtransfn <> 0 THEN a.aggmtransfn::pg_catalog.regproc::text END,
           'minvfunc', CASE WHEN a.aggminvtransfn <> 0 THEN a.aggminvtransfn::pg_catalog.regproc::text END,
           'mstype', CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END,
           'msspace', a.aggmtransspace,
           'mfinalfunc', CASE WHEN a.aggmfinalfn <> 0 THEN a.aggmfinalfn::pg_catalog.regproc::text END,
           'mfinalfunc_extra', a.aggmfinalextra,
           'mfinalfunc_modify', a.aggmfinalmodify,
           'minitcond', a.aggminitval,
           'sortop', CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::pg_catalog.regoperator::text END,
           'parallel', p.proparallel,
           'owner', pg_catalog.pg_get_userbyid(f.proowner),
           'acl', fa.items,
           'acl_default', CASE WHEN f.proacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'f' AND d.owner = f.proowner) END
         ) ORDER BY f.nspname, f.proname, f.oid) AS items
  FROM funcs f
  JOIN pg_catalog.pg_proc p ON p.oid = f.oid
  JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid
  LEFT JOIN acl_json fa ON fa.acl = f.proacl
  WHERE f.prokind = 'a'
),
foreign_data_wrappers AS (
  SELECT json_agg(json_build_object(
           'oid', w.oid::int8,
           'name', w.fdwname,
           'handler', CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::pg_catalog.regproc::text END,
           'validator', CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::pg_catalog.regproc::text END,
           'options', w.fdwoptions,
           'owner', pg_catalog.pg_get_userbyid(w.fdwowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = w.fdwacl),
           'acl_default', CASE WHEN w.fdwacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'F' AND d.owner = w.fdwowner) END
         ) ORDER BY w.fdwname) AS items
  FROM pg_catalog.pg_foreign_data_wrapper w
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass AND em.objid = w.oid
  WHERE em.objid IS NULL
),
foreign_servers AS (
  SELECT json_agg(json_build_object(
           'oid', s.oid::int8,
           'name', s.srvname,
           'wrapper', w.fdwname,
           'type', s.srvtype,
           'version', s.srvversion,
           'options', s.srvoptions,
           'owner', pg_catalog.pg_get_userbyid(s.srvowner),
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = s.srvacl),
           'acl_default', CASE WHEN s.srvacl IS NOT NULL THEN
                            (SELECT d.items FROM acl_default d WHERE d.kind = 'S' AND d.owner = s.srvowner) END
         ) ORDER BY s.srvname) AS items
  FROM pg_catalog.pg_foreign_server s
  JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND em.objid = s.oid
  WHERE em.objid IS NULL
),
-- The view, not pg_user_mapping (superuser only): options are NULL there
-- unless the inspecting role may see them (the mapping's user, the
-- server's owner or a superuser).
user_mappings AS (
  SELECT json_agg(json_build_object(
           'oid', um.umid::int8,
           'server', um.srvname,
           'user', CASE WHEN um.umuser = 0 THEN 'PUBLIC' ELSE um.usename END,
           'options', um.umoptions
         ) ORDER BY um.srvname, um.usename) AS items
  FROM pg_catalog.pg_user_mappings um
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND em.objid = um.srvid
  WHERE em.objid IS NULL
),
-- What a foreign table adds to its relations entry: server, options and
-- the columns' options.
foreign_tables AS (
  SELECT json_agg(json_build_object(
           'oid', ft.ftrelid::int8,
           'server', s.srvname,
           'options', ft.ftoptions,
           'column_options', (SELECT json_agg(json_build_array(a.attname, a.attfdwoptions) ORDER BY a.attnum)
                              FROM pg_catalog.pg_attribute a
                              WHERE a.attrelid = ft.ftrelid AND a.attnum > 0 AND NOT a.attisdropped
                                AND a.attfdwoptions IS NOT NULL)
         ) ORDER BY ft.ftrelid) AS items
  FROM pg_catalog.pg_foreign_table ft
  JOIN rel r ON r.oid = ft.ftrelid
  JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
),
ts_dictionaries AS (
  SELECT json_agg(json_build_object(
           'oid', d.oid::int8,
           'schema', n.nspname,
           'name', d.dictname,
           'template', json_build_array(tn.nspname, t.tmplname),
           'options', d.dictinitoption,
           'owner', pg_catalog.pg_get_userbyid(d.dictowner)
         ) ORDER BY n.nspname, d.dictname) AS items
  FROM pg_catalog.pg_ts_dict d
  JOIN nsp n ON n.oid = d.dictnamespace
  JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
  JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND em.objid = d.oid
  WHERE em.objid IS NULL
),
-- Mappings as [token type alias, [[dictionary schema, name], ...]] in
-- token type order, dictionaries in their order.
ts_configurations AS (
  SELECT json_agg(json_build_object(
           'oid', c.oid::int8,
           'schema', n.nspname,
           'name', c.cfgname,
           'parser', json_build_array(pn.nspname, p.prsname),
           'mappings', (SELECT json_agg(json_build_array(tt.alias, m.dicts) ORDER BY tt.tokid)
                        FROM pg_catalog.ts_token_type(c.cfgparser) tt
                        JOIN (SELECT cm.maptokentype,
                                     json_agg(json_build_array(dn.nspname, dd.dictname) ORDER BY cm.mapseqno) AS dicts
                              FROM pg_catalog.pg_ts_config_map cm
                              JOIN pg_catalog.pg_ts_dict dd ON dd.oid = cm.mapdict
                              JOIN pg_catalog.pg_namespace dn ON dn.oid = dd.dictnamespace
                              WHERE cm.mapcfg = c.oid
                              GROUP BY cm.maptokentype) m ON m.maptokentype = tt.tokid),
           'owner', pg_catalog.pg_get_userbyid(c.cfgowner)
         ) ORDER BY n.nspname, c.cfgname) AS items
  FROM pg_catalog.pg_ts_config c
  JOIN nsp n ON n.oid = c.cfgnamespace
  JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
  JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
  LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND em.objid = c.oid
  WHERE em.objid IS NULL
),
default_acls AS (
  SELECT json_agg(json_build_object(
           'role', pg_catalog.pg_get_userbyid(d.defaclrole),
           'schema', n.nspname,
           'objtype', d.defaclobjtype,
           'acl', (SELECT j.items FROM acl_json j WHERE j.acl = d.defaclacl),
           'builtin', (SELECT b.items FROM acl_default b
                       WHERE b.kind = CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END
                         AND b.owner = d.defaclrole)
         ) ORDER BY 1) AS items
  FROM pg_catalog.pg_default_acl d
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
),
comments AS (
  SELECT json_agg(json_build_array(d.classoid::int8, d.objoid::int8, d.objsubid, d.description)
                  ORDER BY d.classoid, d.objoid, d.objsubid) AS items
  FROM pg_catalog.pg_description d
  LEFT JOIN ext_member em ON em.classid = d.classoid AND em.objid = d.objoid
  WHERE d.objoid >= 16384 AND em.objid IS NULL
),
members AS (
  SELECT json_agg(json_build_array(m.classid::int8, m.objid::int8, m.extoid::int8)) AS items
  FROM ext_member m
),
depends AS (
  SELECT json_agg(json_build_array(d.classid::int8, d.objid::int8, d.objsubid,
                                   d.refclassid::int8, d.refobjid::int8, d.refobjsubid, d.deptype)) AS items
  FROM pg_catalog.pg_depend d
  WHERE d.objid >= 16384 AND d.refobjid >= 16384 AND d.deptype IN ('n', 'a', 'i')
    -- Left out (a third of the rows): internal edges from an object's own
    -- parts, which the loader maps onto the object itself or does not model:
    -- row and array types, a view's _RETURN rule, the triggers of a foreign
    -- key, a constraint's index, toast tables and identity sequences.
    AND NOT (d.deptype = 'i'
             AND (d.classid IN ('pg_catalog.pg_type'::pg_catalog.regclass,
                                'pg_catalog.pg_rewrite'::pg_catalog.regclass,
                                'pg_catalog.pg_trigger'::pg_catalog.regclass)
                  OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
                      AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                                           'pg_catalog.pg_constraint'::pg_catalog.regclass))))
),
unsupported AS (
  SELECT json_agg(json_build_array(u.kind, u.schema, u.name) ORDER BY u.kind, u.schema, u.name) AS items
  FROM (
    SELECT 'base type' AS kind, n.nspname AS schema, t.typname AS name
    FROM pg_catalog.pg_type t
    JOIN nsp n ON n.oid = t.typnamespace
    LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND em.objid = t.oid
    WHERE em.objid IS NULL AND t.typtype = 'b' AND t.typcategory <> 'A'
    UNION ALL
    SELECT 'text search parser', n.nspname, p.prsname
    FROM pg_catalog.pg_ts_parser p JOIN nsp n ON n.oid = p.prsnamespace
    LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND em.objid = p.oid
    WHERE em.objid IS NULL
    UNION ALL
    SELECT 'text search template', n.nspname, t.tmplname
    FROM pg_catalog.pg_ts_template t JOIN nsp n ON n.oid = t.tmplnamespace
    LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND em.objid = t.oid
    WHERE em.objid IS NULL
    UNION ALL
    SELECT 'conversion', n.nspname, c.conname
    FROM pg_catalog.pg_conversion c JOIN nsp n ON n.oid = c.connamespace
    LEFT JOIN ext_member em ON em.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND em.objid = c.oid
    WHERE em.objid IS NULL




  ) u
)
SELECT json_build_object(
  'format', 'pgdiff-catalog',
  'format_version', 2,
  'server_version_num', pg_catalog.current_setting('server_version_num')::int,
  'server_version', pg_catalog.current_setting('server_version'),
  'schemas', coalesce((SELECT items FROM schemas), '[]'::json),
  'extensions', coalesce((SELECT items FROM extensions), '[]'::json),
  'collations', coalesce((SELECT items FROM collations), '[]'::json),
  'enums', coalesce((SELECT items FROM enums), '[]'::json),
  'domains', coalesce((SELECT items FROM domains), '[]'::json),
  'composite_types', coalesce((SELECT items FROM composites), '[]'::json),
  'range_types', coalesce((SELECT items FROM ranges), '[]'::json),
  'aggregates', coalesce((SELECT items FROM aggregates), '[]'::json),
  'sequences', coalesce((SELECT items FROM sequences), '[]'::json),
  'relations', coalesce((SELECT items FROM relations), '[]'::json),
  'constraints', coalesce((SELECT items FROM constraints), '[]'::json),
  'indexes', coalesce((SELECT items FROM indexes), '[]'::json),
  'functions', coalesce((SELECT items FROM functions), '[]'::json),
  'triggers', coalesce((SELECT items FROM triggers), '[]'::json),
  'policies', coalesce((SELECT items FROM policies), '[]'::json),
  'rules', coalesce((SELECT items FROM rules), '[]'::json),
  'statistics', coalesce((SELECT items FROM statistics), '[]'::json),
  'foreign_data_wrappers', coalesce((SELECT items FROM foreign_data_wrappers), '[]'::json),
  'foreign_servers', coalesce((SELECT items FROM foreign_servers), '[]'::json),
  'user_mappings', coalesce((SELECT items FROM user_mappings), '[]'::json),
  'foreign_tables', coalesce((SELECT items FROM foreign_tables), '[]'::json),
  'ts_dictionaries', coalesce((SELECT items FROM ts_dictionaries), '[]'::json),
  'ts_configurations', coalesce((SELECT items FROM ts_configurations), '[]'::json),
  'typed_tables', coalesce((SELECT items FROM typed_tables), '[]'::json),
  'publications', coalesce((SELECT items FROM publications), '[]'::json),
  'publication_tables', coalesce((SELECT items FROM publication_tables), '[]'::json),
  'publication_schemas', coalesce((SELECT items FROM publication_schemas), '[]'::json),
  'event_triggers', coalesce((SELECT items FROM event_triggers), '[]'::json),
  'casts', coalesce((SELECT items FROM casts), '[]'::json),
  'operators', coalesce((SELECT items FROM operators), '[]'::json),
  'operator_families', coalesce((SELECT items FROM operator_families), '[]'::json),
  'operator_classes', coalesce((SELECT items FROM operator_classes), '[]'::json),
  'languages', coalesce((SELECT items FROM languages), '[]'::json),
  'default_privileges', coalesce((SELECT items FROM default_acls), '[]'::json),
  'comments', coalesce((SELECT items FROM comments), '[]'::json),
  'extension_members', coalesce((SELECT items FROM members), '[]'::json),
  'depends', coalesce((SELECT items FROM depends), '[]'::json),
  'unsupported', coalesce((SELECT items FROM unsupported), '[]'::json),
  'clones', coalesce((SELECT items FROM clones), '[]'::json),
  'binary_casts', coalesce((SELECT json_agg(json_build_array(pg_catalog.format_type(c.castsource, NULL),
                                                             pg_catalog.format_type(c.casttarget, NULL))
                                            ORDER BY pg_catalog.format_type(c.castsource, NULL),
                                                     pg_catalog.format_type(c.casttarget, NULL))
                            FROM pg_catalog.pg_cast c WHERE c.castmethod = 'b'), '[]'::json)
)::text
)SQL";
}

}  // namespace pgdiff
