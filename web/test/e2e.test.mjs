// The playground in headless Chromium (Debian's, driven by playwright-core):
// examples, Diff, Apply and verify, a broken schema, the URL state, and no
// console errors or requests outside the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openPage, appendToEditor, CHROMIUM } from './browser.mjs';
import { loadEngine, newSchemaDb, inspect, diffCatalogs } from './helpers.mjs';
import { loadSchema, applyMigration } from '../lib/core.mjs';
import { warmUp } from '../lib/warmup.mjs';
import { examples } from '../examples.js';
import { hazardsOf, tableSizeText, lockText } from '../lib/present.mjs';
import { generate } from './genschema.mjs';

const artifacts = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const haveChromium = fs.existsSync(CHROMIUM);

let server, browser, page, problems;
before(async () => {
  if (!haveChromium) return;
  server = await startServer();
  browser = await launch();
  const opened = await openPage(browser.context, server.url);
  ({ page, problems } = opened);
  const timings = await page.evaluate(() => window.pgdiffTimings);
  fs.writeFileSync(path.join(artifacts, 'page-ready.json'),
    JSON.stringify({ readyMs: Math.round(opened.readyMs), gotoToReadyMs: opened.wallMs, timings }, null, 2) + '\n');
  console.log(`# page ready (PostgreSQL started) ${Math.round(opened.readyMs)} ms after navigation start; steps: ${JSON.stringify(timings)}`);
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

const opts = { skip: haveChromium ? false : `no Chromium at ${CHROMIUM}` };

async function pick(id) {
  await page.selectOption('#example', id);
  assert.equal(await page.inputValue('#example'), id);
}
async function diff() {
  await page.click('#diff');
  await page.waitForFunction(() => document.getElementById('result').dataset.state === 'done' ||
    !document.getElementById('from-error').hidden || !document.getElementById('to-error').hidden, null, { timeout: 120000 });
  await page.waitForSelector('#diff:not([disabled])', { timeout: 120000 });
}
async function statements() {
  return page.$$eval('#statements .stmt', (els) => els.map((e) => ({
    action: e.dataset.action, kind: e.dataset.kind,
    name: e.querySelector('.objname').textContent, unsafe: e.classList.contains('unsafe'),
    why: e.querySelector('.why')?.textContent || '', sql: e.querySelector('pre').textContent })));
}
async function verify() {
  await page.click('#verify');
  await page.waitForFunction(() => { const v = document.getElementById('verify-result'); return !v.hidden && v.dataset.state !== 'running'; }, null, { timeout: 120000 });
  await page.waitForSelector('#diff:not([disabled])', { timeout: 120000 });
  return { state: await page.getAttribute('#verify-result', 'data-state'), text: await page.textContent('#verify-result') };
}

test('the server sends a strict Content-Security-Policy and application/wasm', opts, async () => {
  const r = await fetch(server.url);
  const csp = r.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /(^|\s)'unsafe-eval'|script-src[^;]*unsafe-inline|\*/);
  assert.match(await r.text(), /http-equiv="Content-Security-Policy"/);
  for (const f of ['dist/pgdiff.wasm', 'node_modules/@electric-sql/pglite/dist/pglite.wasm']) {
    const w = await fetch(server.url + f, { method: 'HEAD' });
    assert.equal(w.headers.get('content-type'), 'application/wasm', f);
  }
  assert.equal((await fetch(server.url + 'package.json')).status, 404, 'only the page\'s own files are served');
  assert.equal((await fetch(server.url + 'node_modules/codemirror/package.json')).status, 404);
});

test('page loads with an example and PostgreSQL ready', opts, async () => {
  assert.equal(await page.title(), 'pgdiff playground');
  assert.ok((await page.$$('#example option')).length >= 9, 'at least 8 examples');
  assert.match(await page.textContent('#status'), /PostgreSQL 1\d\.\d+ ready in/);
  assert.match(await page.textContent('#from-editor .cm-content'), /create table customers/);
});

test('example "change a column type under a view": drop view, alter, create view; converges', opts, async () => {
  await pick('retype-under-view');
  await diff();
  const st = await statements();
  const order = st.map((s) => `${s.kind}:${s.name}`);
  const iAlter = st.findIndex((s) => s.kind === 'column' && /products\.price$/.test(s.name));
  assert.ok(iAlter > 0, order.join(', '));
  assert.match(st[iAlter].sql, /ALTER COLUMN "price" TYPE numeric\(10,2\)/i);
  assert.ok(st.slice(0, iAlter).some((s) => s.kind === 'view' && /DROP VIEW/i.test(s.sql)), `the view is dropped first: ${order}`);
  assert.ok(st.slice(iAlter + 1).some((s) => s.kind === 'view' && /CREATE VIEW/i.test(s.sql)), `and created after: ${order}`);
  assert.match(await page.textContent('#summary'), new RegExp(`${st.length} statements`));
  assert.match(await page.textContent('#summary'), /view/);
  await page.screenshot({ path: path.join(artifacts, 'playground-diff.png'), fullPage: true });
  if (st.some((s) => s.unsafe)) {
    assert.ok(await page.isDisabled('#verify'), 'unsafe plans need "allow unsafe" before Apply');
    assert.ok(await page.isVisible('#unsafe-banner'));
    await page.check('#opt-unsafe');
    await diff();
  }
  const v = await verify();
  assert.equal(v.state, 'converged', v.text);
  assert.match(v.text, /converged/);
  await page.uncheck('#opt-unsafe');
});

test('example "add a foreign key": column, constraint and index; converges', opts, async () => {
  await pick('foreign-key');
  await diff();
  const st = await statements();
  assert.ok(st.some((s) => s.kind === 'column' && s.action === 'create' && /books\.author_id$/.test(s.name)), JSON.stringify(st));
  assert.ok(st.some((s) => /FOREIGN KEY|REFERENCES/i.test(s.sql)), JSON.stringify(st));
  assert.ok(st.some((s) => s.kind === 'index'), JSON.stringify(st));
  assert.ok(st.every((s) => !s.unsafe));
  const v = await verify();
  assert.equal(v.state, 'converged', v.text);
});

test('example "a rename shows as drop + add": unsafe until allowed, then converges', opts, async () => {
  await pick('rename');
  await diff();
  const st = await statements();
  assert.ok(st.some((s) => s.action === 'drop' && s.unsafe && /fullname/.test(s.name)), JSON.stringify(st));
  assert.ok(st.some((s) => s.action === 'create' && /display_name/.test(s.name)), JSON.stringify(st));
  assert.ok(await page.isVisible('#unsafe-banner'));
  assert.ok(await page.isDisabled('#verify'));
  await page.check('#opt-unsafe');
  assert.equal(await page.getAttribute('#result', 'data-state'), 'stale', 'changing an option marks the result stale');
  await diff();
  const v = await verify();
  assert.equal(v.state, 'converged', v.text);
  await page.uncheck('#opt-unsafe');
});

test('a broken schema: the error is shown at the right line, in the right editor', opts, async () => {
  await pick('add-column');
  // type into the To editor (insertText: no auto-closed brackets)
  await page.click('#to-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('create table t (a int);\n\n-- a view over a missing column\ncreate view v as\n    select a, nope from t;\n');
  await diff();
  assert.ok(await page.isHidden('#from-error'));
  assert.ok(await page.isVisible('#to-error'));
  const msg = await page.textContent('#to-error');
  assert.match(msg, /Line 5, column 15: column "nope" does not exist/);
  const mark = await page.$$eval('#to-editor .cm-lintRange-error', (els) => els.map((e) => e.textContent));
  assert.deepEqual(mark.join(''), 'nope from t;');
  const markedLine = await page.$eval('#to-editor .cm-lintRange-error', (e) => {
    const line = e.closest('.cm-line');
    return [...line.parentElement.children].indexOf(line) + 1;
  });
  assert.equal(markedLine, 5);
  assert.ok(await page.isHidden('#result-body'));
  await page.screenshot({ path: path.join(artifacts, 'playground-error.png'), fullPage: true });
});

test('a schema that creates an extension: its contrib module is loaded in the database worker; converges', opts, async () => {
  await pick('add-column');
  await page.click('#to-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('create extension citext;\ncreate table customers (id bigint primary key, email citext not null);\n');
  await diff();
  assert.ok(await page.isHidden('#to-error'), await page.textContent('#to-error'));
  const st = await statements();
  assert.ok(st.some((s) => s.kind === 'extension' && /CREATE EXTENSION/i.test(s.sql) && /citext/.test(s.sql)), JSON.stringify(st));
  assert.ok(st.some((s) => /citext/.test(s.sql) && s.kind !== 'extension'), JSON.stringify(st));
  if (st.some((s) => s.unsafe)) { await page.check('#opt-unsafe'); await diff(); }
  const v = await verify();
  assert.equal(v.state, 'converged', v.text);
  await page.uncheck('#opt-unsafe');
});

// A schema script is run inside its database's worker (WorkerDb.runScript,
// which loadSchema uses): one message, not one round trip per statement.
// Statements before the failing one stay (each in autocommit); the error's
// fields are those loadSchema gives against a PGlite in Node.
const WORKER_GOOD = `create schema s;
create table s.a (id int primary key, note text default 'x;y');
-- a function whose body holds semicolons
create function s.f() returns int language plpgsql as $$
begin
  return 1;
end $$;
create view s.v as select id from s.a;
create table s.b (id int references s.a (id));
`;
// the error in the fifth statement, PostgreSQL's position in it
const WORKER_BAD = `create table t1 (a int);
create table t2 (b int);
/* a comment; with a semicolon */
create index t1_a on t1 (a);

create view v as
    select a, missing from t1;
create table t3 (c int);
`;
// no position from PostgreSQL: the start of the failing statement (after its comment)
const WORKER_DUP = 'create table t (a int);\n\n  -- again\n  create table t (a int);\n';
// a migration failing in its second statement: the first is rolled back
const WORKER_MIGRATION_BAD = 'alter table t1 add column m1 int;\n\nalter table nope add column m2 int;\n';
const schemaErrorFields = (e) => ({ name: e.name, message: e.message, line: e.line, col: e.col, offset: e.offset,
  code: e.code, detail: e.detail, hint: e.hint, statement: e.statement });

test('a schema script runs inside its database\'s worker: loads, places an error at its line and column as in Node, migrations roll back', opts, async () => {
  const inNode = {};
  for (const [k, sql] of [['bad', WORKER_BAD], ['dup', WORKER_DUP]]) {
    inNode[k] = await newSchemaDb(sql).then((db) => { db.close(); return null; }, schemaErrorFields);
  }
  assert.deepEqual({ line: inNode.bad.line, col: inNode.bad.col, code: inNode.bad.code }, { line: 7, col: 15, code: '42703' });
  assert.deepEqual({ line: inNode.dup.line, col: inNode.dup.col, code: inNode.dup.code }, { line: 4, col: 3, code: '42P07' });
  const nodeDb = await newSchemaDb('create table t1 (a int);');
  inNode.migration = await applyMigration(nodeDb, WORKER_MIGRATION_BAD).then(() => null, schemaErrorFields);
  await nodeDb.close();
  const r = await page.evaluate(async ({ good, bad, dup, migrationBad }) => {
    const { startWorkerDb } = await import(new URL('lib/worker-db.mjs', location.href).href);
    const core = await import(new URL('lib/core.mjs', location.href).href);
    const fields = (e) => ({ name: e.name, message: e.message, line: e.line, col: e.col, offset: e.offset,
      code: e.code, detail: e.detail, hint: e.hint, statement: e.statement });
    const out = {};
    const { db } = await startWorkerDb({ shared: await window.pgdiffBoot.shared });
    try {
      // the page's own exec calls, counted: the script itself sends none
      let execs = 0;
      const exec = db.exec.bind(db);
      db.exec = (sql) => { execs++; return exec(sql); };
      out.hasRunScript = typeof db.runScript === 'function';
      await core.loadSchema(db, good);
      out.goodExecs = execs;
      out.goodObjects = (await db.query("select string_agg(relname || ':' || relkind::text, ',' order by relname) as o from pg_class c join pg_namespace n on n.oid = c.relnamespace where nspname = 's'")).rows[0].o;
      out.f = (await db.query('select s.f() as f')).rows[0].f;
      execs = 0;
      const e = await core.loadSchema(db, bad).then(() => null, (err) => err);
      out.badExecs = execs;
      out.bad = e && { ...fields(e), isSchemaError: e instanceof core.SchemaError };
      // the statements before the failing one stay; the one after never ran
      out.afterBad = (await db.query("select string_agg(relname, ',' order by relname) as t from pg_class where relnamespace = 'public'::regnamespace and relname in ('t1', 't2', 't1_a', 'v', 't3')")).rows[0].t;
      const d = await core.loadSchema(db, dup).then(() => null, (err) => err);
      out.dup = d && { ...fields(d), isSchemaError: d instanceof core.SchemaError };
      // applyMigration: one transaction around the worker's script, rolled back on failure
      const m = await core.applyMigration(db, migrationBad).then(() => null, (err) => err);
      out.migration = m && { ...fields(m), isSchemaError: m instanceof core.SchemaError };
      // a script holding its own BEGIN/COMMIT, and a statement that must run outside a transaction
      await core.applyMigration(db, 'BEGIN;\nALTER TABLE t1 ADD COLUMN m3 int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t1_m3 ON t1 (m3);\n');
      out.t1 = (await db.query("select string_agg(attname, ',' order by attnum) as c from pg_attribute where attrelid = 't1'::regclass and attnum > 0")).rows[0].c;
      out.t1m3 = (await db.query("select count(*)::int as n from pg_indexes where indexname = 't1_m3'")).rows[0].n;
      // outside a transaction block, SAVEPOINT fails
      out.savepoint = await db.exec('savepoint x').then(() => 'ok', (err) => err.message);
    } finally {
      await db.close();
    }
    return out;
  }, { good: WORKER_GOOD, bad: WORKER_BAD, dup: WORKER_DUP, migrationBad: WORKER_MIGRATION_BAD });
  assert.equal(r.hasRunScript, true);
  assert.equal(r.goodExecs, 0, 'the good script ran in the worker, not statement by statement from the page');
  assert.equal(r.goodObjects, 'a:r,a_pkey:i,b:r,v:v');
  assert.equal(r.f, 1);
  assert.equal(r.badExecs, 0);
  assert.equal(r.bad.isSchemaError, true, 'the page gets a SchemaError (app.js tests instanceof)');
  delete r.bad.isSchemaError;
  assert.deepEqual(r.bad, inNode.bad);
  assert.equal(r.afterBad, 't1,t1_a,t2');
  assert.equal(r.dup.isSchemaError, true);
  delete r.dup.isSchemaError;
  assert.deepEqual(r.dup, inNode.dup);
  assert.deepEqual({ line: r.migration.line, code: r.migration.code }, { line: 3, code: '42P01' });
  assert.equal(r.migration.isSchemaError, true);
  delete r.migration.isSchemaError;
  assert.deepEqual(r.migration, inNode.migration);
  assert.equal(r.t1, 'a,m3', 'the failed migration left nothing (m1 rolled back)');
  assert.equal(r.t1m3, 1);
  assert.match(r.savepoint, /can only be used in transaction blocks/, 'no transaction left open');
});

test('the URL keeps both schemas and the options', opts, async () => {
  await pick('schemas');
  await page.fill('#opt-schemas', 'audit');
  await page.waitForFunction(() => location.hash.startsWith('#z='));
  await page.waitForTimeout(500);
  const url = page.url();
  const other = await browser.context.newPage();
  const errs = [];
  other.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
  await other.goto(url, { waitUntil: 'domcontentloaded', timeout: 180000 });
  await other.waitForSelector('body[data-ready="1"]', { timeout: 180000 });
  assert.equal(await other.inputValue('#opt-schemas'), 'audit');
  assert.equal(await other.inputValue('#example'), 'schemas');
  assert.match(await other.textContent('#to-editor .cm-content'), /create table audit\.log/);
  await other.click('#diff');
  await other.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
  const names = await other.$$eval('#statements .stmt .objname', (els) => els.map((e) => e.textContent));
  assert.ok(names.length > 0 && names.every((n) => /^audit\b/.test(n) || n === 'audit'), `only schema audit: ${names}`);
  await other.close();
  assert.deepEqual(errs, []);
});

/** the engine's own result for an example, computed here in Node (wasm + PGlite) */
async function engineResult(id, options = {}) {
  const ex = examples.find((e) => e.id === id);
  const engine = await loadEngine();
  const cats = [];
  for (const sql of [ex.from, ex.to]) {
    const db = await newSchemaDb(sql);
    try { cats.push(await inspect(db, engine)); } finally { await db.close(); }
  }
  const r = diffCatalogs(engine, cats[0], cats[1], options);
  assert.ok(r.ok, r.error);
  return r;
}

test('each statement shows the engine\'s hazards (with table size), lock and why; Explain shows the engine\'s rendering', opts, async () => {
  const expected = await engineResult('retype-under-view', { unsafe: true });
  await pick('retype-under-view');
  await page.check('#opt-unsafe');
  await diff();
  const shown = await page.$$eval('#statements .stmt', (els) => els.map((e) => ({
    hazards: [...e.querySelectorAll('.hazard')].map((h) => ({ kind: h.dataset.kind, size: h.querySelector('.hz-size')?.textContent || null })),
    lock: e.querySelector('.flag.lock')?.textContent || null,
    why: e.querySelector('.why')?.textContent || '',
    sql: e.querySelector('pre').textContent })));
  assert.equal(shown.length, expected.plan.statements.length);
  expected.plan.statements.forEach((s, i) => {
    assert.equal(shown[i].sql, s.sql);
    assert.deepEqual(shown[i].hazards, hazardsOf(s).map((h) => ({ kind: h.kind, size: tableSizeText(h.table) })), `statement ${i + 1}: ${s.sql}`);
    assert.equal(shown[i].lock, lockText(s), `statement ${i + 1}: ${s.sql}`);
    if (s.why) assert.ok(shown[i].why.includes(s.why), `statement ${i + 1}: why "${s.why}" shown as "${shown[i].why}"`);
  });
  // the whole script, and the engine's explain rendering when it has one
  await page.click('#tab-sql');
  assert.equal(await page.textContent('#sql-text'), expected.sql);
  assert.ok(await page.isHidden('#statements'));
  if (typeof expected.explain === 'string') {
    assert.ok(await page.isEnabled('#tab-explain'));
    await page.click('#tab-explain');
    assert.ok(await page.isVisible('#explain-text'));
    assert.equal(await page.textContent('#explain-text'), expected.explain);
  } else {
    assert.ok(await page.isDisabled('#tab-explain'), 'no explain rendering in this engine build: the tab is off');
  }
  await page.click('#tab-statements');
  assert.ok(await page.isVisible('#statements'));
  // the online option is offered exactly when the engine accepts it
  const engine = await loadEngine();
  const online = JSON.parse(engine.diff('EMPTY', 'EMPTY', JSON.stringify({ online: true }))).ok;
  assert.equal(await page.isVisible('#opt-online'), online);
  await page.uncheck('#opt-unsafe');
});

test('each side is prepared in the background once its text rests; a Diff takes it, never a stale one, and a load error waits for Diff', opts, async () => {
  await pick('retype-under-view');
  // default options (earlier tests change them), as engineResult's
  await page.evaluate(() => {
    for (const id of ['opt-unsafe', 'opt-privileges', 'opt-online']) document.getElementById(id).checked = false;
    document.getElementById('opt-unsafe').dispatchEvent(new Event('input'));
  });
  const prepared = () => page.waitForFunction(() => document.body.dataset.prepared === 'from to', null, { timeout: 120000, polling: 50 });
  const lastDiff = () => page.evaluate(() => window.pgdiffLastDiff);
  await prepared();
  await diff();
  let d = await lastDiff();
  assert.deepEqual([d.from.preparedAhead, d.to.preparedAhead], [true, true], JSON.stringify(d));
  assert.equal(await page.textContent('#sql-text'), (await engineResult('retype-under-view')).sql);

  // an edit clicked at once: To is loaded again (with the new table), From is still prepared
  await appendToEditor(page, 'to', '\ncreate table prepared_probe (x int);\n');
  await diff();
  d = await lastDiff();
  assert.deepEqual([d.from.preparedAhead, d.to.preparedAhead], [true, false], JSON.stringify(d));
  const st = await statements();
  assert.ok(st.some((s) => s.kind === 'table' && s.action === 'create' && /prepared_probe/.test(s.name)), JSON.stringify(st.map((s) => s.name)));

  // a broken To, prepared in the background: nothing is shown until Diff
  await appendToEditor(page, 'to', 'create view broken_probe as select nope from prepared_probe;\n');
  await prepared();
  assert.ok(await page.isHidden('#to-error'), 'no error before Diff');
  await diff();
  assert.ok(await page.isVisible('#to-error'));
  assert.match(await page.textContent('#to-error'), /column "nope" does not exist/);
  assert.ok(await page.isHidden('#from-error'));
});

test('a newer text cancels a preparation still running; the Diff has the newest text and the page stays clean', opts, async () => {
  await pick('add-column');
  await page.waitForFunction(() => document.body.dataset.preparing === '', null, { timeout: 120000, polling: 50 });
  const stats0 = await page.evaluate(() => ({ ...window.pgdiffPrepareStats }));
  // a To large enough to still be loading when the next edit comes
  await page.click('#to-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(generate(60, { changed: true }));
  await page.waitForFunction(() => document.body.dataset.preparing.split(' ').includes('to'), null, { timeout: 120000, polling: 20 });
  await appendToEditor(page, 'to', '\ncreate table cancel_probe (x int);\n');
  await diff();
  const stats = await page.evaluate(() => ({ ...window.pgdiffPrepareStats }));
  assert.ok(stats.cancelled > stats0.cancelled, `a running preparation was cancelled: ${JSON.stringify([stats0, stats])}`);
  assert.ok(await page.isHidden('#to-error'), await page.textContent('#to-error'));
  const st = await statements();
  assert.ok(st.some((s) => s.kind === 'table' && s.action === 'create' && /cancel_probe/.test(s.name)), 'the newest text was diffed');
  assert.ok(st.some((s) => s.kind === 'table' && s.action === 'create' && /account_0/.test(s.name)), 'and it is the generated schema');
});

test('the idle warm-up finishes with the engine\'s plan for its schemas; a Diff after it gives the engine\'s result', opts, async () => {
  // lib/warmup.mjs run here in Node: the plan the page's warm-up must have found
  const engine = await loadEngine();
  const expected = await warmUp(await newSchemaDb(''), engine, { inspect, loadSchema, diffCatalogs });
  assert.ok(expected.statements > 10, `the warm-up's plan has statements: ${expected.statements}`);
  await page.waitForFunction(() => ['done', 'failed', 'skipped'].includes(document.body.dataset.warmup), null, { timeout: 180000 });
  // the earlier tests ran Diffs before it could start: a fresh page, as a visitor's
  const fresh = await openPage(browser.context, server.url);
  try {
    await fresh.page.waitForFunction(() => ['done', 'failed', 'skipped'].includes(document.body.dataset.warmup), null, { timeout: 180000 });
    assert.equal(await fresh.page.evaluate(() => document.body.dataset.warmup), 'done');
    const warm = await fresh.page.evaluate(() => window.pgdiffWarmup);
    assert.equal(warm.statements, expected.statements);
    const want = await engineResult('retype-under-view', { unsafe: false });
    await fresh.page.selectOption('#example', 'retype-under-view');
    await fresh.page.click('#diff');
    await fresh.page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
    assert.equal(await fresh.page.textContent('#sql-text'), want.sql);
    assert.equal(await fresh.page.evaluate(() => window.pgdiffLastDiff.statements), want.plan.statements.length);
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.page.close();
  }
});

test('no console errors, no failed or outside requests', opts, () => {
  assert.deepEqual(problems, []);
});
