// The pgdiff playground: two schemas, each loaded into its own fresh PGlite,
// diffed by the wasm build of the engine.
import { createEditor } from './dist/editor.js';
import createPgdiff from './dist/pgdiff.mjs';
import { startWorkerDb } from './lib/worker-db.mjs';
import { schemaDb, loadSchema, applyMigration, inspect, diffCatalogs, countsByKind, extensionsIn, SchemaError } from './lib/core.mjs';
import { examples } from './examples.js';
import { warmUp } from './lib/warmup.mjs';
import { hazardLabel, hazardsOf, tableSizeText, lockText, whyLines, afterTexts, hazardTotals } from './lib/present.mjs';

// start-up steps, in ms since the navigation started (performance.now()'s
// origin), read by the tests and scripts/bench-ready.mjs
const timings = (window.pgdiffTimings ||= {});   // boot.mjs may have started it
const mark = (name) => { timings[name] = Math.round(performance.now()); };
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const secs = (ms) => `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;

// ---------------------------------------------------------------------------
// PGlite: every database runs in a Web Worker of its own (lib/db-worker.mjs),
// started from PGlite's wasm module, file bundle and our prebuilt data
// directory, fetched and compiled once by the first one (no initdb per database).
// started, empty databases kept ready: a Diff takes two (one per side), so
// two are kept; each taken one is replaced in the background.
const SPARES = 2;
const spares = [];

// Start-up begins here, before the editors are built: the first database is
// what "ready" waits for, so nothing else goes before it. boot.mjs started it
// (and the engine) before this module graph loaded; if it did not run, here.
mark('start');
const startup = window.pgdiffBoot || (() => {
  const first = startWorkerDb().then((s) => { Object.assign(timings, s.marks); mark('first db'); return s; });
  return {
    firstDb: first.then((s) => s.db), shared: first.then((s) => s.shared),
    engine: createPgdiff().then((m) => { mark('engine'); return m; }),
  };
})();
for (const p of Object.values(startup)) p.catch(() => {});   // reported by main()

const deps = {
  // schemaDb() passes {extensions: {name: true}} (see loadContrib)
  PGlite: { create: async (opts) => (await startWorkerDb({ shared: await startup.shared, extensions: Object.keys(opts.extensions || {}) })).db },
  // the worker loads the contrib module (PGlite's extension objects hold
  // functions, which cannot be sent to a worker); one PGlite does not ship is
  // left out there, and CREATE EXTENSION fails at its line
  loadContrib: async (ext) => (/^\w+$/.test(ext.replace(/-/g, '_')) ? true : null),
};

// A spare runs the catalog query once on its still empty database, while the
// page is idle: PostgreSQL's caches of the system catalogs and functions the
// query reads are then warm, and the Diff's own query in it runs faster (200
// tables, node, 2026-11-27: 145-156 ms against 203-204 ms cold). inspect() is
// read-only and rolled back: the database stays empty. A failure only means
// no head start.
const primed = (dbPromise) => dbPromise.then(async (db) => {
  await inspect(db, engine).catch(() => {});
  return db;
});

// Spares are started one after the other, and only when the page is idle
// (after an action, not during it): the machine may have only two cores.
let refilling = null;
function refillSpares() {
  if (refilling || !ready) return refilling;
  const refill = async () => {
    while (spares.length < SPARES && !busy) {
      const p = primed(deps.PGlite.create({}));
      spares.push(p);
      try { await p; } catch { spares.splice(spares.indexOf(p), 1); break; }
    }
    document.body.dataset.spares = String(spares.length);   // read by the benchmarks
    if (spares.length >= SPARES && !busy) warmUpOnce();
  };
  // cleared from a callback: with nothing to start, refill() finishes before
  // it returns, and clearing it inside would come before this assignment
  refilling = refill().finally(() => { refilling = null; });
  return refilling;
}

// Once, when the page is ready and idle (its spares started), a small Diff
// in a database of its own (lib/warmup.mjs): V8 then compiles PostgreSQL's
// DDL paths, the catalog query's and the engine's code before the user's
// first Diff, which used to cost about twice the later ones. Skipped if the
// user's first Diff came first (it does the same). body[data-warmup] and
// window.pgdiffWarmup are read by the tests and scripts/bench-diff.mjs.
let warming = null;
// 10 rounds of the engine on the small pair: each call a few ms. Tried
// (2026-11-27, load 4-5): the engine on 8 copies of the pair, 5 rounds: first
// 200-table diff 509 ms instead of 917, but its calls took ~390 ms each on
// the page's thread (long tasks).
const WARMUP_ROUNDS = 10;
// the engine runs on the page's thread: its warm-up rounds wait for idle time
const idle = () => new Promise((res) => (window.requestIdleCallback ? requestIdleCallback(() => res(), { timeout: 500 }) : setTimeout(res, 0)));
function warmUpOnce() {
  if (warming) return warming;
  // ?warmup=0: none (for scripts/bench-diff.mjs --no-warmup, to compare)
  if (diffCount > 0 || new URLSearchParams(location.search).get('warmup') === '0') {
    document.body.dataset.warmup = 'skipped';
    return (warming = Promise.resolve());
  }
  document.body.dataset.warmup = 'running';
  const t = performance.now();
  warming = deps.PGlite.create({})
    .then((db) => warmUp(db, engine, { inspect, loadSchema, diffCatalogs, rounds: WARMUP_ROUNDS, pause: idle }))
    .then((r) => {
      window.pgdiffWarmup = { ...r, totalMs: Math.round(performance.now() - t), doneAtMs: Math.round(performance.now()) };
      document.body.dataset.warmup = 'done';
    }, (e) => {
      document.body.dataset.warmup = 'failed';
      console.warn(`warm-up failed (the first Diff will just be slower): ${e.message}`);
    });
  return warming;
}

/** a fresh database holding sql (throws SchemaError); onDb(db) gets a spare as soon as it is taken */
async function freshDb(sql, later = [], times = {}, onDb = () => {}) {
  const t0 = performance.now();
  if (spares.length && [sql, ...later].every((s) => extensionsIn(s).length === 0)) {
    const taken = spares.shift();
    document.body.dataset.spares = String(spares.length);
    const db = await taken;
    onDb(db);   // before the schema is loaded: the caller may close it to cancel
    const t1 = performance.now();
    times.dbWaitMs = Math.round(t1 - t0);
    try { await loadSchema(db, sql); } catch (e) { db.close().catch(() => {}); throw e; }
    times.loadMs = Math.round(performance.now() - t1);
    return db;
  }
  const db = await schemaDb(deps, sql, { later });
  times.startAndLoadMs = Math.round(performance.now() - t0);
  return db;
}

// ---------------------------------------------------------------------------
// State: both schemas and the options, kept in the URL hash (deflated JSON).
let engine = null;
let ready = false;
let busy = false;
let last = null;   // the last diff: {catB, result, options}
let exampleId = '';
let diffCount = 0;   // Diffs run on this page (pgdiffLastDiff.n)

const editors = {};
const optionInputs = ['opt-unsafe', 'opt-privileges', 'opt-online', 'opt-schemas', 'opt-exclude'];
// options the loaded engine build accepts beyond the basic ones (asked of the
// engine itself at start-up: it rejects options it does not know)
const supported = { online: false };

function currentOptions() {
  const list = (id) => $(id).value.split(',').map((s) => s.trim()).filter(Boolean);
  const o = { unsafe: $('opt-unsafe').checked, with_privileges: $('opt-privileges').checked,
              schemas: list('opt-schemas'), exclude_schemas: list('opt-exclude') };
  if (supported.online) o.online = $('opt-online').checked;
  return o;
}

const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const unb64url = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
async function pipeBytes(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}
async function encodeState() {
  const o = currentOptions();
  const s = JSON.stringify({ v: 1, ex: exampleId, from: editors.from.text, to: editors.to.text,
    unsafe: o.unsafe, priv: o.with_privileges, online: $('opt-online').checked, schemas: $('opt-schemas').value, exclude: $('opt-exclude').value });
  return 'z=' + b64url(await pipeBytes(new TextEncoder().encode(s), new CompressionStream('deflate-raw')));
}
async function decodeState(hash) {
  const m = /^#z=([\w-]+)$/.exec(hash);
  if (!m) return null;
  try {
    return JSON.parse(new TextDecoder().decode(await pipeBytes(unb64url(m[1]), new DecompressionStream('deflate-raw'))));
  } catch { return null; }
}
let saveTimer = 0;
function saveState() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(async () => { history.replaceState(null, '', '#' + await encodeState()); }, 300);
}

// ---------------------------------------------------------------------------
// UI

function setStatus(state, text) {
  $('status').dataset.state = state;
  $('status-text').textContent = text;
}

function updateButtons() {
  const r = last && last.result;
  $('diff').disabled = !ready || busy;
  $('verify').disabled = !ready || busy || !r || !r.ok || stale() || (r.unsafe && !currentOptions().unsafe);
  $('verify').title = r && r.unsafe && !currentOptions().unsafe
    ? 'The migration is unsafe: tick "allow unsafe" to apply it'
    : 'Apply the migration to a copy of From, then diff it against To again';
  $('copy-sql').disabled = !r || !r.ok || !r.sql;
  $('download-sql').disabled = !r || !r.ok || !r.sql;
}

function stale() {
  return !last || last.from !== editors.from.text || last.to !== editors.to.text ||
    JSON.stringify(last.options) !== JSON.stringify(currentOptions());
}

let settingText = false;   // editors being filled by the page itself
let starting = true;       // main() has not finished setting the page up
function onEdit() {
  if (settingText) return;
  const ex = examples.find((e) => e.id === exampleId);
  if (ex && (editors.from.text !== ex.from || editors.to.text !== ex.to)) {
    exampleId = '';
    $('example').value = '';   // "(your own schemas)"
  }
  if (last) $('result').dataset.state = stale() ? 'stale' : 'done';
  if (!starting) saveState();   // the first example needs no URL (and start-up no extra work)
  showPrepared();
  schedulePrepare();
  updateButtons();
}

function showLoadError(side, err) {
  const box = $(`${side}-error`);
  editors[side].showError(err ? { offset: err.offset ?? 0, message: err.message } : null);
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.textContent = '';
  const where = err.line ? `Line ${err.line}, column ${err.col}: ` : '';
  box.append(el('b', '', `${side === 'from' ? 'From' : 'To'} does not load. `), `${where}${err.message}`);
  if (err.detail) box.append(el('span', 'more', `Detail: ${err.detail}`));
  if (err.hint) box.append(el('span', 'more', `Hint: ${err.hint}`));
  box.hidden = false;
}

function statementItem(s, i) {
  const hazards = hazardsOf(s);
  const li = el('li', 'stmt' + (s.unsafe ? ' unsafe' : ''));
  li.dataset.kind = s.object.kind;
  li.dataset.action = s.action;
  if (hazards.length) li.dataset.hazards = hazards.map((h) => h.kind).join(' ');
  const head = el('div', 'stmt-head');
  head.append(el('span', 'stmt-num', `${i + 1}.`), el('span', `action ${s.action}`, s.action),
    el('span', 'kind', s.object.kind),
    el('span', 'objname', s.object.schema ? `${s.object.schema}.${s.object.name}` : s.object.name));
  if (s.unsafe) head.append(el('span', 'flag unsafe', 'UNSAFE'));
  if (s.transactional === false && !hazards.some((h) => h.kind === 'non_transactional')) {
    head.append(el('span', 'flag nontx', 'outside a transaction'));
  }
  const lock = lockText(s);
  if (lock) {
    const l = el('span', 'flag lock' + (/ACCESS EXCLUSIVE/i.test(lock) ? ' exclusive' : ''), lock);
    l.title = 'The lock this statement takes (PostgreSQL documentation of the command)';
    head.append(l);
  }
  li.append(head, el('pre', 'sql', s.sql));

  const notes = el('div', 'stmt-notes');
  if (hazards.length) {
    const ul = el('ul', 'hazards');
    for (const h of hazards) {
      const item = el('li', 'hazard');
      item.dataset.kind = h.kind;
      item.append(el('span', 'hz-kind', hazardLabel(h.kind)));
      if (h.detail) item.append(el('span', 'hz-detail', h.detail));
      const size = tableSizeText(h.table);
      if (size) item.append(el('span', 'hz-size', size));
      ul.append(item);
    }
    notes.append(ul);
  }
  const why = whyLines(s);
  if (why.length) {
    const w = el('div', 'why');
    for (const line of why) w.append(el('span', 'line', line));
    notes.append(w);
  }
  const after = afterTexts(s);
  if (after.length) notes.append(el('div', 'after', `placed after: ${after.join(', ')}`));
  if (notes.childElementCount) li.append(notes);
  return li;
}

let view = 'statements';
function showView(name) {
  if (name === 'explain' && $('tab-explain').disabled) name = 'statements';
  view = name;
  for (const b of document.querySelectorAll('.views [role=tab]')) b.setAttribute('aria-selected', String(b.dataset.view === name));
  for (const v of document.querySelectorAll('#result-body .view')) v.hidden = v.dataset.view !== name;
}

function renderResult(r, timing) {
  $('result-empty').hidden = true;
  $('result-body').hidden = false;
  $('result').dataset.state = 'done';
  $('verify-result').hidden = true;
  const sum = $('summary');
  sum.textContent = '';
  $('statements').textContent = '';
  $('unsafe-banner').hidden = true;
  $('engine-error').hidden = !!r.ok;
  if (!r.ok) {
    $('engine-error').textContent = r.error;
    $('sql-text').textContent = '';
    $('explain-text').textContent = '';
    sum.append(el('span', 'headline', 'The engine reported an error'));
    return;
  }
  const n = r.plan.statements.length;
  if (n === 0) {
    sum.append(el('span', 'chip ok', 'No differences'), el('span', 'headline', 'From and To have the same schema.'));
  } else {
    sum.append(el('span', 'headline', `${n} statement${n === 1 ? '' : 's'}`));
    for (const [kind, c] of Object.entries(countsByKind(r.plan)).sort()) sum.append(el('span', 'chip', `${c} ${kind}`));
    const unsafe = r.plan.statements.filter((s) => s.unsafe).length;
    if (unsafe) sum.append(el('span', 'chip unsafe', `${unsafe} unsafe`));
    for (const [kind, c] of Object.entries(hazardTotals(r.plan))) {
      if (!c) continue;
      const chip = el('span', 'chip hazard-total', `${c} ${hazardLabel(kind)}`);
      chip.dataset.kind = kind;
      sum.append(chip);
    }
    const nontx = r.plan.statements.filter((s) => s.transactional === false).length;
    if (nontx && !hazardTotals(r.plan).non_transactional) sum.append(el('span', 'chip nontx', `${nontx} outside a transaction`));
  }
  if (timing) sum.append(el('span', 'timing', timing));
  if (r.unsafe) {
    const b = $('unsafe-banner');
    b.textContent = currentOptions().unsafe
      ? 'This migration can lose data: the statements marked UNSAFE drop or rewrite something that holds data. Allowed by "allow unsafe".'
      : 'This migration can lose data (statements marked UNSAFE). The pgdiff command refuses it: it prints nothing and exits with code 3 unless you pass --unsafe. Tick "allow unsafe" to apply and verify it here.';
    b.hidden = false;
  }
  for (const w of r.warnings || []) $('statements').append(el('li', 'banner warn', `Warning: ${w}`));
  r.plan.statements.forEach((s, i) => $('statements').append(statementItem(s, i)));
  $('sql-text').textContent = r.sql;
  // the engine's own --explain rendering (absent in older engine builds)
  const hasExplain = typeof r.explain === 'string';
  $('explain-text').textContent = hasExplain ? r.explain : '';
  $('tab-explain').disabled = !hasExplain;
  $('tab-explain').title = hasExplain
    ? 'The script with a comment above each statement: why it is there, its hazards and lock (pgdiff --explain)'
    : 'This build of the engine has no explain rendering';
  showView(view);
}

async function withBusy(label, fn) {
  busy = true;
  updateButtons();
  setStatus('busy', label);
  try {
    await fn();
  } finally {
    busy = false;
    setStatus('ready', readyText);
    updateButtons();
    refillSpares();
    schedulePrepare();
  }
}

// ---------------------------------------------------------------------------
// Each side's catalog is prepared ahead: once its text has stayed the same for
// PREPARE_AFTER_MS while the page is idle, it is loaded into a fresh database
// and inspected in the background, and a Diff of that same text takes the
// result instead of doing it again (200 tables: loading and the catalog query
// are about 1.5 s of a 2 s Diff). One entry per side, for one exact text; a
// Diff of any other text prepares it there and then, the same way, so the
// result never depends on whether it was ready. A newer text cancels a
// preparation still running (its database worker is stopped): stale work
// would only slow the one that counts. A load error is kept and shown only
// when Diff is pressed, as without preparing. ?prepare=0: never in the
// background (scripts/bench-diff.mjs --no-prepare, to compare).
const PREPARE_AFTER_MS = 500;
const prepareInBackground = new URLSearchParams(location.search).get('prepare') !== '0';
// counts read by the tests (window.pgdiffPrepareStats)
const prepareStats = (window.pgdiffPrepareStats = { started: 0, cancelled: 0 });
const prepared = { from: null, to: null };   // {text, times, result: Promise<{cat} | {error: SchemaError}>, done, failed}

// entry.times, where a side's time goes, in ms (window.pgdiffLastDiff): waiting
// for its database (a started spare, or a new one), loading the schema, the
// catalog query
function prepare(side, text) {
  const have = prepared[side];
  if (have && have.text === text && !have.failed) return have;
  if (have && !have.done) {
    have.cancelled = true;
    have.db?.close().catch(() => {});
    prepareStats.cancelled++;
  }
  prepareStats.started++;
  const entry = { text, times: {}, done: false, failed: false, cancelled: false, db: null };
  entry.result = (async () => {
    let db;
    try {
      db = await freshDb(text, [], entry.times, (d) => {
        entry.db = d;
        if (entry.cancelled) d.close().catch(() => {});
      });
    } catch (e) {
      if (e instanceof SchemaError && !entry.cancelled) return { error: e };
      throw e;
    }
    if (entry.cancelled) { db.close().catch(() => {}); throw new Error('superseded by a newer text'); }
    const t1 = performance.now();
    try {
      const cat = await inspect(db, engine);
      entry.times.catalogQueryMs = Math.round(performance.now() - t1);
      entry.times.catalogBytes = cat.length;
      return { cat };
    } finally { db.close().catch(() => {}); }
  })();
  const settle = (failed) => {
    entry.done = true;
    entry.db = null;
    // anything but a schema error (a database that did not start...) is not
    // kept: the next Diff tries again; the background does not (it would
    // retry every PREPARE_AFTER_MS while the cause lasts)
    entry.failed = failed;
    showPrepared();
    if (!busy) refillSpares();   // it took a spare
  };
  entry.result.then(() => settle(false), () => settle(true));
  prepared[side] = entry;
  showPrepared();
  return entry;
}

// body[data-prepared]: the sides whose current text is prepared;
// body[data-preparing]: the sides with a preparation running (read by the
// tests and scripts/bench-diff.mjs)
function showPrepared() {
  const sides = (f) => ['from', 'to'].filter((side) => prepared[side] && f(prepared[side], side)).join(' ');
  document.body.dataset.prepared = sides((p, side) => p.done && !p.failed && editors[side] && p.text === editors[side].text);
  document.body.dataset.preparing = sides((p) => !p.done);
}

let prepareTimer = 0;
function schedulePrepare() {
  if (!prepareInBackground) return;
  clearTimeout(prepareTimer);
  prepareTimer = setTimeout(prepareIdle, PREPARE_AFTER_MS);
}
function prepareIdle() {
  if (!ready || busy) return;
  for (const side of ['from', 'to']) {
    const have = prepared[side], text = editors[side].text;
    if (!have || have.text !== text) prepare(side, text);
  }
}

// A side's catalog for a Diff; null when its schema does not load (the error is shown).
async function sideCatalog(side, sql, times) {
  const entry = prepare(side, sql);
  const ahead = entry.done;
  const t0 = performance.now();
  const r = await entry.result;
  // entry.times: its own split; preparedAhead: it was done before the click;
  // waitMs: how long this Diff waited for it
  Object.assign(times, entry.times, { preparedAhead: ahead, waitMs: Math.round(performance.now() - t0) });
  if (r.error) { showLoadError(side, r.error); return null; }
  return r.cat;
}

async function runDiff() {
  if (!ready || busy) return;
  await withBusy('Loading both schemas…', async () => {
    showLoadError('from', null);
    showLoadError('to', null);
    const from = editors.from.text, to = editors.to.text, options = currentOptions();
    const t = performance.now();
    const timesA = {}, timesB = {};
    // both sides at once: each database runs in a worker of its own (the
    // page's thread only passes messages), so on two cores From and To load
    // side by side instead of one after the other
    let tA = 0, tBside = 0;
    const [catA, catB] = await Promise.all([
      sideCatalog('from', from, timesA).then((c) => { tA = performance.now(); return c; }),
      sideCatalog('to', to, timesB).then((c) => { tBside = performance.now(); return c; })]);
    const tB = performance.now();
    if (!catA || !catB) {
      last = null;
      $('result').dataset.state = 'none';
      $('result-empty').hidden = false;
      $('result-body').hidden = true;
      $('verify-result').hidden = true;
      $('result-empty').textContent = `Fix the error in ${!catA ? 'From' : 'To'} (marked in the editor) and press Diff again.`;
      return;
    }
    const engineTimes = {};
    const result = diffCatalogs(engine, catA, catB, options, engineTimes);
    const tD = performance.now();
    last = { from, to, options, catB, result };
    renderResult(result, `From loaded in ${secs(tA - t)} · To in ${secs(tBside - t)} (side by side) · diff ${Math.max(1, Math.round(tD - tB))} ms`);
    const tR = performance.now();
    // read by scripts/bench-diff.mjs
    // fromMs, toMs: each side's own time (they run side by side); bothMs: until both are loaded
    window.pgdiffLastDiff = { fromMs: Math.round(tA - t), toMs: Math.round(tBside - t), bothMs: Math.round(tB - t), diffMs: Math.round(tD - tB),
      renderMs: Math.round(tR - tD), totalMs: Math.round(tR - t), statements: result.ok ? result.plan.statements.length : -1,
      n: ++diffCount, from: timesA, to: timesB, engine: engineTimes };
  });
}

async function runVerify() {
  if (!last || !last.result.ok || busy) return;
  const { from, to, result, catB, options } = last;
  const box = $('verify-result');
  box.hidden = false;
  box.dataset.state = 'running';
  box.textContent = 'Applying the migration to a fresh copy of From…';
  await withBusy('Applying and verifying…', async () => {
    let db;
    try {
      db = await freshDb(from, [to, result.sql]);
    } catch (e) {
      box.dataset.state = 'failed';
      box.textContent = `From does not load: ${e.message}`;
      return;
    }
    try {
      try {
        await applyMigration(db, result.sql);
      } catch (e) {
        box.dataset.state = 'failed';
        box.textContent = '';
        box.append(el('div', 'title', `The migration failed at line ${e.line}: ${e.message}`), el('pre', '', e.statement || ''));
        return;
      }
      const after = await inspect(db, engine);
      const again = diffCatalogs(engine, after, catB, options);
      box.textContent = '';
      if (!again.ok) {
        box.dataset.state = 'failed';
        box.append(el('div', 'title', `Verification failed: ${again.error}`));
      } else if (again.plan.statements.length === 0) {
        box.dataset.state = 'converged';
        box.append(el('div', 'title', '✓ converged'),
          el('div', '', `After the ${result.plan.statements.length} statements, a new diff of From against To is empty: the migration produces exactly the To schema.`));
      } else {
        box.dataset.state = 'diverged';
        box.append(el('div', 'title', `✗ not converged: ${again.plan.statements.length} difference${again.plan.statements.length === 1 ? '' : 's'} remain`),
          el('pre', '', again.sql));
      }
    } finally {
      db.close().catch(() => {});
    }
  });
}

function download() {
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([last.result.sql], { type: 'application/sql' }));
  a.download = 'migration.sql';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function copyText(text, button) {
  const old = button.textContent;
  try { await navigator.clipboard.writeText(text); button.textContent = 'Copied'; } catch { button.textContent = 'Copy failed'; }
  setTimeout(() => { button.textContent = old; }, 1200);
}

function loadExample(id, { keepOptions = false } = {}) {
  const ex = examples.find((e) => e.id === id) || examples[0];
  exampleId = ex.id;
  $('example').value = ex.id;
  $('example-text').textContent = ex.text;
  settingText = true;
  editors.from.text = ex.from;
  editors.to.text = ex.to;
  settingText = false;
  if (!keepOptions) { $('opt-schemas').value = ''; $('opt-exclude').value = ''; }
  showLoadError('from', null);
  showLoadError('to', null);
  onEdit();
}

/** does this engine build accept these options? (it rejects unknown ones) */
function engineAccepts(options) {
  try { return diffCatalogs(engine, 'EMPTY', 'EMPTY', options).ok === true; } catch { return false; }
}

let readyText = 'Ready';
async function main() {
  for (const ex of examples) {
    const o = el('option', '', ex.title);
    o.value = ex.id;
    $('example').append(o);
  }
  const custom = el('option', '', '(your own schemas)');
  custom.value = '';
  custom.hidden = true;
  $('example').append(custom);
  editors.from = createEditor($('from-editor'), '', { onChange: onEdit, label: 'From schema' });
  editors.to = createEditor($('to-editor'), '', { onChange: onEdit, label: 'To schema' });

  const state = await decodeState(location.hash);
  if (state) {
    exampleId = state.ex && state.from === examples.find((e) => e.id === state.ex)?.from ? state.ex : '';
    $('example').value = exampleId;
    const ex = examples.find((e) => e.id === exampleId);
    $('example-text').textContent = ex ? ex.text : '';
    settingText = true;
    editors.from.text = state.from || '';
    editors.to.text = state.to || '';
    settingText = false;
    $('opt-unsafe').checked = !!state.unsafe;
    $('opt-privileges').checked = !!state.priv;
    $('opt-online').checked = !!state.online;
    $('opt-schemas').value = state.schemas || '';
    $('opt-exclude').value = state.exclude || '';
  } else {
    loadExample(examples[0].id);
  }
  $('example').addEventListener('change', () => loadExample($('example').value));
  for (const id of optionInputs) $(id).addEventListener('input', onEdit);
  $('diff').addEventListener('click', runDiff);
  for (const b of document.querySelectorAll('.views [role=tab]')) b.addEventListener('click', () => showView(b.dataset.view));
  $('verify').addEventListener('click', runVerify);
  $('copy-sql').addEventListener('click', (e) => copyText(last.result.sql, e.currentTarget));
  $('download-sql').addEventListener('click', download);
  $('copy-link').addEventListener('click', async (e) => {
    history.replaceState(null, '', '#' + await encodeState());
    copyText(location.href, e.currentTarget);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runDiff(); }
  });
  updateButtons();
  starting = false;

  try {
    const db = await startup.firstDb;
    engine = await startup.engine;
    spares.push(primed(startup.firstDb));
    supported.online = engineAccepts({ online: true });
    $('opt-online-label').hidden = !supported.online;
    // a SELECT, not SHOW: the first utility statement makes V8 compile
    // PostgreSQL's largest function (standard_ProcessUtility, 127 KB of wasm)
    // on first call, and that is not needed before the first Diff
    const v = (await db.query("SELECT current_setting('server_version') AS server_version")).rows[0].server_version;
    $('pg-version').textContent = v.split(' ')[0];
    const ms = performance.now();
    window.pgdiffReadyMs = ms;
    readyText = `PostgreSQL ${v.split(' ')[0]} ready in ${secs(ms)}`;
    ready = true;
    setStatus('ready', readyText);
    document.body.dataset.ready = '1';
    refillSpares();
    schedulePrepare();
  } catch (e) {
    setStatus('failed', `PostgreSQL did not start: ${e.message}`);
    console.error(e);
  }
  updateButtons();
}

main();
