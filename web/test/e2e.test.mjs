// The playground in headless Chromium (Debian's, driven by playwright-core):
// examples, Diff, Apply and verify, a broken schema, the URL state, and no
// console errors or requests outside the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openPage, CHROMIUM } from './browser.mjs';
import { loadEngine, newSchemaDb, inspect, diffCatalogs } from './helpers.mjs';
import { loadSchema } from '../lib/core.mjs';
import { warmUp } from '../lib/warmup.mjs';
import { examples } from '../examples.js';
import { hazardsOf, tableSizeText, lockText } from '../lib/present.mjs';

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
