#!/usr/bin/env node
// Browser benchmark of one schema load: the N-table schema of
// test/genschema.mjs loaded into a fresh database worker (lib/worker-db.mjs)
// by lib/core.mjs's loadSchema, once the page is idle, alternating two paths:
// `runScript` (the whole script in one message; the worker splits and runs
// it) and `perStatement` (the database without runScript: one exec message
// and reply per statement through the page's thread, as before 2026-11-27).
// Prints per load: wall ms, the renderer's CPU ms (all its threads) and its
// page thread's, and the load average. The first load (perStatement) still
// pays for V8 compiling the DDL paths the warm-up did not run: compare the
// later ones.
//   node scripts/bench-load.mjs [--tables 200] [--loads 8]
import os from 'node:os';
import { startServer, launch, openPage, cpuClock } from '../test/browser.mjs';
import { generate } from '../test/genschema.mjs';
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const sql = generate(Number(arg('--tables', 200)));
const loads = Number(arg('--loads', 8));
const server = await startServer();
const browser = await launch();
try {
  const { page } = await openPage(browser.context, server.url);
  await page.waitForFunction(() => ['done', 'skipped', 'failed'].includes(document.body.dataset.warmup), null, { timeout: 300000, polling: 250 });
  await page.waitForFunction(() => document.body.dataset.spares === '2', null, { timeout: 300000, polling: 250 });
  const cpu = await cpuClock(browser.context, page);
  for (let i = 0; i < loads; i++) {
    const mode = i % 2 === 0 ? 'perStatement' : 'runScript';
    await page.evaluate(async () => {
      const { startWorkerDb } = await import(new URL('lib/worker-db.mjs', location.href).href);
      window.benchDb = (await startWorkerDb({ shared: await window.pgdiffBoot.shared })).db;
    });
    const before = await cpu();
    const ms = await page.evaluate(async ({ sql, mode }) => {
      const core = await import(new URL('lib/core.mjs', location.href).href);
      const db = window.benchDb;
      const target = mode === 'runScript' ? db : { exec: (s) => db.exec(s) };
      const t = performance.now();
      await core.loadSchema(target, sql);
      const ms = performance.now() - t;
      await db.close();
      return Math.round(ms);
    }, { sql, mode });
    const after = await cpu();
    console.log(JSON.stringify({ i, mode, loadMs: ms, rendererCpuMs: Math.round(after.rendererMs - before.rendererMs), pageThreadCpuMs: Math.round(after.pageThreadMs - before.pageThreadMs), load1: os.loadavg()[0].toFixed(2) }));
  }
} finally { await browser.close(); await server.close(); }
