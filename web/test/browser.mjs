// Helpers for the browser tests: the static server and Debian's Chromium
// driven by playwright-core (no browser download).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from '../serve.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function startServer() {
  const server = createServer();
  await new Promise((res) => server.listen(0, '127.0.0.1', res));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((res) => server.close(res)) };
}

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pgdiff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  // the machines are shared: a page busy starting PostgreSQL under a high load
  // average can take longer than Playwright's default 30 s to take a click
  context.setDefaultTimeout(180000);
  return {
    context,
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

/** open the page; collect console errors, page errors and requests outside the origin */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request outside the origin: ${u}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  const t = Date.now();
  // not 'load': that waits for the preloaded downloads too; readiness is awaited below
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180000 });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 180000 });
  const wallMs = Date.now() - t;
  const readyMs = await page.evaluate(() => window.pgdiffReadyMs);
  return { page, problems, readyMs, wallMs };
}

/** Types text at the end of the From or To editor, as a user would. */
export async function appendToEditor(page, side, text) {
  await page.click(`#${side}-editor .cm-content`);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

/**
 * The renderer's CPU clock, from Chromium's own metrics: cpu() resolves to
 * {rendererMs (all the renderer's threads: the page's, the database workers',
 * V8's compile threads), pageThreadMs (the page's own)}, cumulative; the
 * difference over a step is the figure to compare when the machine is shared.
 */
export async function cpuClock(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    return { rendererMs: m.ProcessTime * 1000, pageThreadMs: m.ThreadTime * 1000 };
  };
}
