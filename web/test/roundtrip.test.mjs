// Every roundtrip case under tests/cases, both directions, in PGlite:
//
// Convergence: apply the migration to the FROM database inside PGlite, diff
// it against TO again: empty.
//
// Parity: the migration printed by the native command over libpq (PostgreSQL 15) and the
// one from the wasm engine over PGlite (PostgreSQL 18) are the same text,
// once these documented version differences are normalised on both sides:
//  1. Extension versions: each server ships its own contrib versions
//     (btree_gist 1.7 on 15, 1.8 on 18; citext 1.6 / 1.8): the VERSION '...'
//     of CREATE EXTENSION is not compared.
//  2. View bodies: since PostgreSQL 16, pg_get_viewdef() no longer qualifies
//     columns with the relation name when the query reads one relation
//     (15: "SELECT orders.id", 18: "SELECT id"). The text is PostgreSQL's
//     own deparse; the catalog query cannot undo it. Inside CREATE [OR
//     REPLACE] [MATERIALIZED] VIEW statements, name qualifiers are dropped
//     before comparing (on both sides; the statements' order still counts).
// Anything else that differs must be listed in parity-known.json with the
// reason; a listed case that no longer differs fails too (keep the list true).
//
// Parity needs a PostgreSQL 15 (PGDIFF_TEST_PORT, from tests/pg/start.sh) and
// the native binary (PGDIFF_NATIVE, default bazel-bin/cli/pgdiff); without
// them only convergence runs (and says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadEngine, newSchemaDb, inspect, diffCatalogs, applyMigration, roundtripCases } from './helpers.mjs';
import { webDir } from '../lib/node.mjs';

const root = path.dirname(webDir);
const native = process.env.PGDIFF_NATIVE || path.join(root, 'bazel-bin', 'cli', 'pgdiff');
const port = process.env.PGDIFF_TEST_PORT;
const host = process.env.PGDIFF_TEST_HOST || '127.0.0.1';
const user = process.env.PGDIFF_TEST_USER || 'postgres';
const known = JSON.parse(fs.readFileSync(new URL('./parity-known.json', import.meta.url), 'utf8'));
const noParity = !port ? 'PGDIFF_TEST_PORT is not set (start a server with tests/pg/start.sh)'
  : !fs.existsSync(native) ? `no native binary at ${native} (bazel build //cli:pgdiff)` : '';

const psql = (db, ...args) => spawnSync('psql', ['-X', '-q', '-h', host, '-p', port, '-U', user, '-d', db, '-v', 'ON_ERROR_STOP=1', ...args], { encoding: 'utf8' });
const url = (db) => `postgresql://${user}@${host}:${port}/${db}`;
const created = [];
function makeDb(name, file) {
  psql('postgres', '-c', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  let r = psql('postgres', '-c', `CREATE DATABASE "${name}" TEMPLATE template0`);
  if (r.status !== 0) throw new Error(r.stderr);
  created.push(name);
  r = psql(name, '-1', '-f', file);
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
}

export function normalise(sql) {
  return sql
    .replace(/(CREATE EXTENSION [^\n]*? VERSION )'[^']*'/g, "$1'…'")
    .replace(/CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW [\s\S]*?;(?=\n\n|\n?$)/g,
      (stmt) => stmt.replace(/(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)\.(?=["A-Za-z_])/g, ''));
}

let engine;
before(async () => {
  engine = await loadEngine();
  if (noParity) console.log(`# parity with the native command NOT checked: ${noParity}`);
});
after(() => { for (const db of created) psql('postgres', '-c', `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`); });

for (const c of roundtripCases()) {
  test(`roundtrip in PGlite${noParity ? '' : ' + parity with native/PG15'}: ${c.name}`, async () => {
    const tag = `parity_${process.pid}_${c.name}`.slice(0, 50);
    if (!noParity) {
      makeDb(`${tag}_a`, path.join(c.dir, 'a.sql'));
      makeDb(`${tag}_b`, path.join(c.dir, 'b.sql'));
    }
    const dbA = await newSchemaDb(c.a, { later: [c.b] });
    let dbB;
    const problems = [];
    try {
      dbB = await newSchemaDb(c.b, { later: [c.a] });
      const catA = await inspect(dbA, engine);
      const catB = await inspect(dbB, engine);
      for (const [dir, from, to, db, cf, ct] of [['a->b', 'a', 'b', dbA, catA, catB], ['b->a', 'b', 'a', dbB, catB, catA]]) {
        const w = diffCatalogs(engine, cf, ct, c.options);
        assert.equal(w.ok, true, w.error);
        if (!noParity) {
          const n = spawnSync(native, ['--unsafe', ...c.flags, url(`${tag}_${from}`), url(`${tag}_${to}`)], { encoding: 'utf8' });
          assert.ok(n.status === 0 || n.status === 2, `native ${dir}: exit ${n.status}: ${n.stderr}`);
          const reason = known[c.name]?.[dir];
          const same = normalise(n.stdout) === normalise(w.sql);
          if (same && reason) problems.push(`${dir}: listed in parity-known.json (${reason}) but the outputs are now equal: remove it`);
          if (!same && !reason) {
            problems.push(`${dir}: native and wasm outputs differ\n--- native (PostgreSQL 15):\n${n.stdout}\n--- wasm (PGlite, PostgreSQL 18):\n${w.sql}`);
          }
        }
        try {
          await applyMigration(db, w.sql);
        } catch (e) {
          problems.push(`${dir}: applying the migration in PGlite failed at line ${e.line}: ${e.message}\n--- migration:\n${w.sql}`);
          continue;
        }
        const again = diffCatalogs(engine, await inspect(db, engine), ct, c.options);
        assert.equal(again.ok, true, again.error);
        if (again.plan.statements.length) problems.push(`${dir}: not converged, a second diff still prints:\n${again.sql}\n--- migration was:\n${w.sql}`);
      }
    } finally {
      await dbA.close();
      if (dbB) await dbB.close();
    }
    assert.deepEqual(problems, []);
  });
}
