#!/usr/bin/env node
// Page-ready benchmark: opens the playground N times in Debian's headless
// Chromium (fresh profile each time: a first visit, nothing cached) and prints
// the time from navigation start until PostgreSQL (PGlite) is started, the
// page's own step timings, the renderer's CPU time, and the load average.
//   node scripts/bench-ready.mjs [--runs N] [--profile out.cpuprofile] [--revisit] [--trace out.json] [--settle MS]
// --settle MS (default 3000): after Chromium is launched and the tab opened,
// wait MS before navigating. A freshly launched Chromium spends its first
// seconds on its own start-up (the browser process, and a "WebUI Top
// Renderer" preloading the omnibox popup: up to 1.3 s of CPU plus 0.5 s on
// its compile threads, seen in --trace), which a person opening the page in a
// running browser does not pay; on 2 cores it ran alongside the page's
// start. Still a first visit: a fresh profile, nothing cached, the tab blank.
// --settle 0 measures as before 2026-11-26 23:00 UTC (launch, then navigate at once).
// --trace: a Chromium performance trace of each run (open it in chrome://tracing
// or Perfetto), and the CPU time each thread of the page's renderer spent until
// ready: the page's thread (CrRendererMain), the database worker
// (DedicatedWorker thread) and V8's background compile threads.
// --revisit: each run opens the page twice in the same profile and reports the
// second visit (HTTP cache revalidated, Chromium's compiled-wasm cache warm).
import os from 'node:os';
import fs from 'node:fs';
import { startServer, launch, openPage } from '../test/browser.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const runs = Number(arg('--runs', 5));
const profileOut = arg('--profile', null);
const revisit = process.argv.includes('--revisit');
const traceOut = arg('--trace', null);
const settleMs = Number(arg('--settle', 3000));

/** CPU ms per thread of the renderer that loaded the page: the thread time of its outermost trace events */
function threadCpu(events, origin) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const pagePid = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith(origin))?.pid;
  const spans = events.filter((e) => e.pid === pagePid && e.ph === 'X' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = {}, outerEnd = {};
  for (const e of spans) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (outerEnd[key] ?? -Infinity)) continue;   // nested in an event already counted
    outerEnd[key] = e.ts + e.dur;
    const name = names.get(key) || `thread ${e.tid}`;
    cpu[name] = (cpu[name] || 0) + e.tdur / 1000;
  }
  return Object.fromEntries(Object.entries(cpu).filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, Math.round(ms)]));
}
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
      if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
      cdp = await browser.context.newCDPSession(page0);
      await cdp.send('Performance.enable');
      if (profileOut) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
      const traceEvents = [];
      let traceDone = null;
      if (traceOut) {
        cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
        traceDone = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
        await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [
          'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'v8.wasm',
          'disabled-by-default-v8.compile', 'blink.user_timing', 'loading', '__metadata'] } });
      }
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
      let threadsCpuMs;
      if (traceOut) {
        await cdp.send('Tracing.end');
        await traceDone;
        fs.writeFileSync(traceOut.replace(/(\.json)?$/, `.${i}.json`), JSON.stringify({ traceEvents }));
        threadsCpuMs = threadCpu(traceEvents, server.url);
      }
      const cpuMs = Math.round(((after.ProcessTime ?? 0) - (before.ProcessTime ?? 0)) * 1000);
      const row = { run: i + 1, visit: revisit ? 'second' : 'first', settleMs, readyMs: Math.round(readyMs), wallMs, rendererCpuMs: cpuMs, threadsCpuMs, load1: Number(load.toFixed(2)), timings };
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
