// node web/cli.mjs: migra's exit codes and one-line errors naming file:line:col.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'cli.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgdiff-cli-'));
const file = (name, text) => { const p = path.join(dir, name); fs.writeFileSync(p, text); return p; };
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120000 });

const a = file('a.sql', 'create table t (\n  id int primary key,\n  gone text\n);\n');
const b = file('b.sql', 'create schema other;\ncreate table t (\n  id int primary key,\n  added int\n);\ncreate table other.x (y int);\n');
const bad = file('bad.sql', 'create table t (a int);\n\ncreate view v as\n  select nope from t;\n');

test('no differences: exit 0, nothing printed', () => {
  const r = run(a, a);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
});

test('unsafe statements without --unsafe: exit 3, nothing on stdout', () => {
  const r = run(a, b);
  assert.equal(r.status, 3, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--unsafe/);
});

test('with --unsafe: exit 2 and the migration', () => {
  const r = run('--unsafe', a, b);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /DROP COLUMN "gone"/i);
  assert.match(r.stdout, /ADD COLUMN "added"/i);
  assert.match(r.stdout, /CREATE SCHEMA "other"/i);
});

test('--allow-hazards: the engine holds back hazards not listed (exit 3, as natively)', () => {
  const narrow = file('narrow.sql', 'create table t (id int primary key, n int);\n');
  const wide = file('wide.sql', 'create table t (id int primary key, n bigint);\n');
  const held = run('--allow-hazards', 'none', narrow, wide);
  assert.equal(held.status, 3, held.stderr);
  assert.equal(held.stdout, '');
  assert.match(held.stderr, /table_rewrite/);
  assert.match(held.stderr, /--allow-hazards/);
  const allowed = run('--allow-hazards', 'table_rewrite,access_exclusive_lock', narrow, wide);
  assert.equal(allowed.status, 2, allowed.stderr);
  assert.match(allowed.stdout, /TYPE bigint/i);
  const unknown = run('--allow-hazards', 'rewrites', narrow, wide);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /unknown hazard kind "rewrites"/);
});

test('--exclude-schema and --schema filter; EMPTY as FROM; --json', () => {
  const r = run('--exclude-schema', 'public', 'EMPTY', b);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /"other"\."x"/);
  assert.doesNotMatch(r.stdout, /"public"\."t"/);
  const j = run('--json', '--schema=public', 'EMPTY', b);
  assert.equal(j.status, 2, j.stderr);
  const plan = JSON.parse(j.stdout);
  assert.ok(plan.statements.length > 0);
  assert.ok(plan.statements.every((s) => s.object.schema === 'public' || s.object.schema === ''), j.stdout);
});

test('snapshot, then diff the snapshot file against the .sql: no differences', () => {
  const snap = path.join(dir, 'b.json');
  const s = run('snapshot', b, '-o', snap);
  assert.equal(s.status, 0, s.stderr);
  const r = run(snap, b);
  assert.equal(r.status, 0, r.stderr + r.stdout);
});

test('errors: exit 1 with one line naming the file, line and column', () => {
  const r = run(a, bad);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(r.stderr.trim(), `pgdiff: ${bad}:4:10: column "nope" does not exist`);
  const m = run(a, path.join(dir, 'missing.sql'));
  assert.equal(m.status, 1);
  assert.match(m.stderr, /missing\.sql: cannot read: no such file/);
  const u = run('--bogus', a, b);
  assert.equal(u.status, 1);
  assert.match(u.stderr, /unknown option --bogus/);
  const broken = file('broken.json', '{"nope');
  const j = run(broken, a);
  assert.equal(j.status, 1);
  assert.equal(j.stderr.trim().split('\n').length, 1, j.stderr);
  assert.ok(j.stderr.startsWith(`pgdiff: ${broken}: catalog`), j.stderr);
});
