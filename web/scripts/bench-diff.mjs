#!/usr/bin/env node
// Browser benchmark (issue 6's browser target): the playground's Diff of two
// N-table schemas, timed in Debian's headless Chromium once PGlite is up and
// the page is idle (its two spare databases started). Prints per run: loading
// From and To (each into its own fresh PGlite), the engine's diff, rendering,
// the total from click to rendered result, and the load average.
//   node scripts/bench-diff.mjs [--tables 200] [--runs 3] [--genschema PATH] [--no-warmup]
//                               [--no-prepare | --at-once]
// Before each run both schemas are edited as a user would (a comment line
// typed at the end of each editor), so no run reuses an earlier one's work.
// Then, by default, the click waits until the page has prepared both sides in
// the background (app.js prepare(): loaded and inspected once the text has
// stayed the same for a moment): the Diff a user gets who pauses before
// clicking. --at-once clicks right after the edit (the Diff loads both
// sides itself); --no-prepare opens the page with ?prepare=0 (no background
// preparation at all), to compare.
// The first click waits for the page's warm-up (app.js, lib/warmup.mjs) to
// finish, as the page being idle; --no-warmup opens the page with ?warmup=0
// (no warm-up), to compare. Each row has the split of the Diff's time
// (window.pgdiffLastDiff: per side the wait for its database, loading the
// schema, the catalog query; the engine's call and parsing its result), and
// the CPU time the page's renderer spent on it (rendererCpuMs: all its
// threads; pageThreadCpuMs: the page's own), from Chromium's metrics.
// By default the schemas come from test/genschema.mjs; --genschema runs another
// generator with the same interface as ../shared/bench/genschema
// (--tables N [--variant changed]) into a temporary directory.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launch, openPage, appendToEditor, cpuClock } from '../test/browser.mjs';
import { generate } from '../test/genschema.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const tables = Number(arg('--tables', 200));
const runs = Number(arg('--runs', 3));
const tool = arg('--genschema', null);
const noWarmup = process.argv.includes('--no-warmup');
const noPrepare = process.argv.includes('--no-prepare');
const atOnce = process.argv.includes('--at-once');

let from, to;
if (tool) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgdiff-bench-'));
  try {
    for (const [variant, file] of [['base', 'a.sql'], ['changed', 'b.sql']]) {
      fs.writeFileSync(path.join(dir, file), execFileSync(tool, ['--tables', String(tables), '--variant', variant], { maxBuffer: 1 << 30 }));
    }
    from = fs.readFileSync(path.join(dir, 'a.sql'), 'utf8');
    to = fs.readFileSync(path.join(dir, 'b.sql'), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
} else {
  from = generate(tables);
  to = generate(tables, { changed: true });
}

// the playground's URL state: #z= + base64url(deflate-raw(JSON)), as app.js writes it
const state = JSON.stringify({ v: 1, ex: '', from, to, unsafe: true, priv: false, schemas: '', exclude: '' });
const hash = '#z=' + zlib.deflateRawSync(Buffer.from(state)).toString('base64url');

const server = await startServer();
const browser = await launch();
const rows = [];
try {
  const { page, problems, readyMs } = await openPage(browser.context, server.url +
    `?warmup=${noWarmup ? 0 : 1}&prepare=${noPrepare ? 0 : 1}` + hash);
  await page.waitForFunction(() => ['done', 'skipped', 'failed'].includes(document.body.dataset.warmup), null, { timeout: 300000, polling: 250 });
  const warm = await page.evaluate(() => ({ state: document.body.dataset.warmup, ...window.pgdiffWarmup }));
  console.log(JSON.stringify({ readyMs: Math.round(readyMs), warmup: warm }));
  // the renderer's CPU time (all its threads: the page's, the database
  // workers', V8's compile threads) and its page thread's, over each Diff:
  // the figures to compare when the machine is shared
  const cpu = await cpuClock(browser.context, page);
  for (let i = 0; i < runs; i++) {
    // PGlite is up and both spare databases are started: the page is idle
    await page.waitForFunction(() => document.body.dataset.spares === '2', null, { timeout: 300000, polling: 250 });
    for (const side of ['from', 'to']) await appendToEditor(page, side, `\n-- run ${i + 1}\n`);
    if (!noPrepare && !atOnce) {
      await page.waitForFunction(() => document.body.dataset.prepared === 'from to', null, { timeout: 300000, polling: 50 });
      await page.waitForFunction(() => document.body.dataset.spares === '2', null, { timeout: 300000, polling: 250 });
    }
    const load = os.loadavg()[0];
    await page.evaluate(() => { window.pgdiffLastDiff = null; });
    const before = await cpu();
    // clicked from a timer, not page.click(): the page's thread is busy for
    // the whole Diff, and Playwright would wait for the click's acknowledgement
    await page.evaluate(() => { setTimeout(() => document.getElementById('diff').click(), 0); });
    await page.waitForFunction(() => window.pgdiffLastDiff || !document.getElementById('from-error').hidden ||
      !document.getElementById('to-error').hidden, null, { timeout: 900000, polling: 50 });
    // polled every 50 ms: the next spare database starts as soon as the Diff is done
    const after = await cpu();
    const r = await page.evaluate(() => window.pgdiffLastDiff);
    if (!r) throw new Error(`a schema did not load: ${await page.textContent('#from-error')} ${await page.textContent('#to-error')}`);
    const row = { run: i + 1, tables, ...r, rendererCpuMs: Math.round(after.rendererMs - before.rendererMs),
      pageThreadCpuMs: Math.round(after.pageThreadMs - before.pageThreadMs), load1: Number(load.toFixed(2)) };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  if (problems.length) console.log(`page problems: ${problems.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
const mode = noPrepare ? 'no background preparation' : atOnce ? 'clicked right after the edit' : 'clicked once both sides were prepared';
console.log(`${tables} tables, ${from.length + to.length} bytes of SQL, ${mode}: Diff total median ${med('totalMs')} ms ` +
  `(From ${med('fromMs')}, To ${med('toMs')}, diff ${med('diffMs')}, render ${med('renderMs')}; ` +
  `renderer CPU ${med('rendererCpuMs')}, page thread CPU ${med('pageThreadCpuMs')}) over ${rows.length} runs; ` +
  `load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
