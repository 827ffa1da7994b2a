#!/usr/bin/env node
// Page-ready benchmark: opens the playground N times in Debian's headless
// Chromium (fresh profile each time: a first visit, nothing cached) and prints
// the time from navigation start until PostgreSQL (PGlite) is started, the
// page's own step timings, the renderer's CPU time, and the load average.
//   node scripts/bench-ready.mjs [--runs N] [--profile out.cpuprofile] [--revisit]
// --revisit: each run opens the page twice in the same profile and reports the
// second visit (HTTP cache revalidated, Chromium's compiled-wasm cache warm).
import os from 'node:os';
import fs from 'node:fs';
import { startServer, launch, openPage } from '../test/browser.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const runs = Number(arg('--runs', 5));
const profileOut = arg('--profile', null);
const revisit = process.argv.includes('--revisit');
const server = await startServer();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const browser = await launch();
    try {
      const load = os.loadavg()[0];
      let cdp = null;
      if (revisit) {
        const first = await browser.context.newPage();
        await first.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 180000 });
        await first.waitForFunction(() => document.body.dataset.spares === '2', null, { timeout: 300000, polling: 250 });
        await first.close();
      }
      const page0 = await browser.context.newPage();
      cdp = await browser.context.newCDPSession(page0);
      await cdp.send('Performance.enable');
      if (profileOut) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
      const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const t = Date.now();
      await page0.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 180000 });
      // polled slowly: a tight polling loop would take CPU from the page it measures
      await page0.waitForFunction(() => document.body.dataset.ready === "1", null, { timeout: 120000, polling: 250 });
      const wallMs = Date.now() - t;
      const readyMs = await page0.evaluate(() => window.pgdiffReadyMs);
      const timings = await page0.evaluate(() => window.pgdiffTimings);
      const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      if (profileOut) { const { profile } = await cdp.send('Profiler.stop'); fs.writeFileSync(profileOut.replace(/(\.cpuprofile)?$/, `.${i}.cpuprofile`), JSON.stringify(profile)); }
      const cpuMs = Math.round(((after.ProcessTime ?? 0) - (before.ProcessTime ?? 0)) * 1000);
      const row = { run: i + 1, visit: revisit ? 'second' : 'first', readyMs: Math.round(readyMs), wallMs, rendererCpuMs: cpuMs, load1: Number(load.toFixed(2)), timings };
      rows.push(row);
      console.log(JSON.stringify(row));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
const sorted = rows.map((r) => r.readyMs).sort((a, b) => a - b);
console.log(`page ready: min ${sorted[0]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms over ${rows.length} runs; load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
