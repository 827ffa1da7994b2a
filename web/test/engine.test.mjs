// The wasm engine from Node: API, plan JSON shape, errors as values, and
// convergence in PGlite (apply the migration to A, re-diff against B: empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, newSchemaDb, inspect, diffCatalogs, convergeBothWays } from './helpers.mjs';
import { examples } from '../examples.js';
import { splitStatements, lineCol, extensionsIn, applyMigration } from '../lib/core.mjs';

const engine = await loadEngine();

test('the module exposes the engine', () => {
  for (const f of ['version', 'catalogQuery', 'inspectBegin', 'inspectEnd', 'diff', 'snapshot']) {
    assert.equal(typeof engine[f], 'function', f);
  }
  assert.match(engine.version(), /^\d+\.\d+\.\d+/);
  assert.match(engine.catalogQuery(), /select/i);
  assert.match(engine.inspectBegin(), /^begin/i);
  assert.match(engine.inspectEnd(), /rollback/i);
});

const A = `create table t (id int primary key, name text, note text);\ncreate view v as select id, name from t;\n`;
const B = `create type mood as enum ('ok', 'meh');\ncreate table t (id int primary key, name text, m mood);\ncreate table u (x bigint not null);\n`;

test('plan JSON shape: statements with sql, object, action, unsafe, why, transactional', async () => {
  const dbA = await newSchemaDb(A);
  const dbB = await newSchemaDb(B);
  const catA = await inspect(dbA, engine);
  const catB = await inspect(dbB, engine);
  await dbA.close(); await dbB.close();
  assert.doesNotThrow(() => JSON.parse(catA), 'the catalog query returns JSON text');

  const r = diffCatalogs(engine, catA, catB, { unsafe: true });
  assert.equal(r.ok, true, r.error);
  assert.equal(r.error, null);
  assert.equal(typeof r.sql, 'string');
  assert.ok(Array.isArray(r.warnings));
  assert.ok(Array.isArray(r.plan.statements));
  assert.ok(r.plan.statements.length >= 3, 'create type, add column, create table u, drop view');
  for (const s of r.plan.statements) {
    assert.equal(typeof s.sql, 'string');
    assert.match(s.sql.trim(), /;$/, 'statement ends with ;');
    assert.ok(r.sql.includes(s.sql), 'the script holds every statement');
    assert.deepEqual(Object.keys(s.object).sort(), ['kind', 'name', 'schema']);
    for (const k of ['kind', 'schema', 'name']) assert.equal(typeof s.object[k], 'string');
    assert.ok(['create', 'drop', 'alter', 'replace'].includes(s.action), `action ${s.action}`);
    assert.equal(typeof s.unsafe, 'boolean');
    assert.equal(typeof s.why, 'string');
    assert.equal(typeof s.transactional, 'boolean');
  }
  const kinds = r.plan.statements.map((s) => `${s.action} ${s.object.kind} ${s.object.name}`);
  assert.ok(kinds.some((k) => /^create (enum|type) mood$/.test(k)), kinds.join('; '));
  assert.ok(kinds.some((k) => /^create table u$/.test(k)), kinds.join('; '));
  assert.ok(kinds.some((k) => /^drop view v$/.test(k)), kinds.join('; '));
  const dropNote = r.plan.statements.find((s) => s.action === 'drop' && s.object.kind === 'column' && /note/.test(s.object.name));
  assert.ok(dropNote, `a drop of column t.note: ${kinds.join('; ')}`);
  assert.equal(dropNote.unsafe, true, 'dropping a column loses data: unsafe');
  assert.equal(r.unsafe, true);
  assert.equal(r.unsafe, r.plan.statements.some((s) => s.unsafe));
  assert.equal(r.held_back, null, 'with unsafe: true nothing is held back');
  const gated = diffCatalogs(engine, catA, catB, {});
  assert.equal(gated.ok, true, gated.error);
  assert.match(gated.held_back.reason, /drop column/, 'without unsafe the drop is held back');
  assert.match(gated.held_back.advice, /--unsafe/);

  const same = diffCatalogs(engine, catA, catA, {});
  assert.equal(same.ok, true);
  assert.deepEqual(same.plan.statements, []);
  assert.equal(same.sql.trim(), '');
  assert.equal(same.unsafe, false);

  const fromEmpty = diffCatalogs(engine, 'EMPTY', catB, {});
  assert.equal(fromEmpty.ok, true, fromEmpty.error);
  assert.ok(fromEmpty.plan.statements.every((s) => s.action === 'create' || s.action === 'alter'));

  const snap = JSON.parse(engine.snapshot(catB));
  assert.equal(snap.ok, true, snap.error);
  const viaSnapshot = diffCatalogs(engine, snap.snapshot, catB, {});
  assert.equal(viaSnapshot.ok, true, viaSnapshot.error);
  assert.deepEqual(viaSnapshot.plan.statements, [], 'a snapshot loads back to the same catalog');
});

test('errors come back as values with a clear message', () => {
  const cases = [
    [['not json at all', 'EMPTY', '{}'], /catalog A/],
    [['EMPTY', '{"truncated": ', '{}'], /catalog B/],
    [['', 'EMPTY', '{}'], /catalog A/],
    [['[1,2,3]', 'EMPTY', '{}'], /catalog A/],
    [['EMPTY', 'EMPTY', '{"schemas": 3}'], /schemas/],
    [['EMPTY', 'EMPTY', '{"no_such_option": true}'], /unknown option "no_such_option"/],
    [['EMPTY', 'EMPTY', 'nope'], /options/],
  ];
  for (const [args, re] of cases) {
    let raw;
    assert.doesNotThrow(() => { raw = engine.diff(...args); }, `diff(${JSON.stringify(args)}) must not throw`);
    const r = JSON.parse(raw);
    assert.equal(r.ok, false, `diff(${JSON.stringify(args)}) must fail`);
    assert.equal(typeof r.error, 'string');
    assert.match(r.error, re);
    assert.equal(r.plan, null);
  }
  const s = JSON.parse(engine.snapshot('{oops'));
  assert.equal(s.ok, false);
  assert.match(s.error, /catalog/);
  // the module is still usable after errors
  assert.equal(JSON.parse(engine.diff('EMPTY', 'EMPTY', '')).ok, true);
});

test('splitStatements: strings, dollar quotes, comments, BEGIN ATOMIC', () => {
  const sql = `create table "a;b" (x text default ';');  -- c;
/* x; /* nested; */ */ create function f() returns int language sql
  as $f$ select 1; $f$;
create function g() returns int language sql begin atomic select case when true then 1 end; select 2; end;
select E'it\\'s;', 'a''b;';`;
  const parts = splitStatements(sql).map((p) => p.text.trim());
  assert.equal(parts.length, 4, JSON.stringify(parts, null, 1));
  assert.match(parts[2], /^create function g.*end;$/s);
  assert.deepEqual(lineCol('ab\ncd', 4), { line: 2, col: 2 });
  assert.deepEqual(extensionsIn('create extension if not exists "uuid-ossp";\nCREATE EXTENSION citext;\ncreate extension plpgsql;'), ['uuid-ossp', 'citext']);
});

test('a schema error names the line and column', async () => {
  const bad = 'create table t (a int);\n\n-- comment\ncreate view v as\n  select b from t;\n';
  await assert.rejects(newSchemaDb(bad), (e) => e.name === 'SchemaError' && e.line === 5 && e.col === 10 && /column "b" does not exist/.test(e.message));
  // no position from PostgreSQL: the start of the failing statement
  await assert.rejects(newSchemaDb('create table t (a int);\n\n  create table t (a int);\n'), (e) => e.line === 3 && e.col === 3 && /already exists/.test(e.message));
});

test('a migration is applied in one transaction, unless it holds its own', async () => {
  const db = await newSchemaDb('create table t (a int, b int);\ninsert into t values (1, 2);\n');
  try {
    // LOCK TABLE needs a transaction block (a table rebuilt for its column order)
    await applyMigration(db, 'LOCK TABLE t IN ACCESS EXCLUSIVE MODE;\nALTER TABLE t ADD COLUMN c int;\n');
    // a failure leaves the database as it was, and names the line
    await assert.rejects(applyMigration(db, 'ALTER TABLE t ADD COLUMN d int;\n\nALTER TABLE nope ADD COLUMN e int;\n'),
      (e) => e.line === 3 && /"nope" does not exist/.test(e.message));
    // an online script's own BEGIN/COMMIT, and CREATE INDEX CONCURRENTLY between them
    await applyMigration(db, 'BEGIN;\nALTER TABLE t ADD COLUMN f int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n');
    const cols = await db.query("select string_agg(attname, ',' order by attnum) as c from pg_attribute where attrelid = 't'::regclass and attnum > 0");
    assert.equal(cols.rows[0].c, 'a,b,c,f');
    const idx = await db.query("select count(*)::int as n from pg_indexes where indexname = 't_a'");
    assert.equal(idx.rows[0].n, 1);
  } finally {
    await db.close();
  }
});

for (const ex of examples) {
  test(`playground example converges both ways: ${ex.id}`, async () => {
    for (const r of await convergeBothWays(engine, ex.from, ex.to, {})) {
      assert.ok(r.result.plan.statements.length > 0, `${r.direction}: the example shows a change`);
      assert.deepEqual(r.again.plan.statements.map((s) => s.sql), [], `${r.direction}: second diff must be empty`);
    }
  });
}

// the roundtrip cases under tests/cases: see roundtrip.test.mjs
