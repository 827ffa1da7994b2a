#!/usr/bin/env node
// A tiny static server for the playground, on 127.0.0.1 only.
//   node web/serve.mjs [--port N]      (default 8737; 0 picks a free port)
// Serves web/ (the page, lib/, dist/) and PGlite's own files from
// node_modules/@electric-sql/pglite/dist/, nothing else. Sends
// application/wasm for .wasm (PGlite hangs without it) and a strict
// Content-Security-Policy. $PGDIFF_WASM_DIR (e.g. bazel-bin/wasm) overrides
// where dist/pgdiff.mjs and dist/pgdiff.wasm come from.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // style ATTRIBUTES only (never <style> elements, never scripts): Chromium's
  // own contenteditable editing writes style="" attributes when a multi-line
  // selection in the editor is replaced; CodeMirror redraws right after.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.data': 'application/octet-stream',
  '.gz': 'application/gzip', '.tar': 'application/x-tar', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json',
};
const ALLOWED = [/^\/(index\.html|app\.js|boot\.mjs|style\.css|examples\.js)$/, /^\/lib\/[\w.-]+\.mjs$/,
  /^\/dist\/[\w.-]+$/, /^\/node_modules\/@electric-sql\/pglite\/dist\/[\w./-]+$/];

function resolve(urlPath) {
  if (urlPath === '/') urlPath = '/index.html';
  if (urlPath.includes('..') || !ALLOWED.some((re) => re.test(urlPath))) return null;
  const wasmDir = process.env.PGDIFF_WASM_DIR;
  if (wasmDir && /^\/dist\/pgdiff\.(mjs|wasm)$/.test(urlPath)) return path.resolve(wasmDir, path.basename(urlPath));
  return path.join(webDir, urlPath);
}

export function createServer() {
  return http.createServer((req, res) => {
    let urlPath;
    try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { urlPath = ''; }
    const file = resolve(urlPath);
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff',
                      'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end('method not allowed\n'); return;
    }
    fs.stat(file || '', (err, st) => {
      if (!file || err || !st.isFile()) { res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found\n'); return; }
      // revalidation (no-cache + Last-Modified -> 304): a second visit reuses the
      // browser's cached copy, and with it Chromium's cache of compiled wasm code
      const modified = new Date(Math.floor(st.mtimeMs / 1000) * 1000);
      const since = Date.parse(req.headers['if-modified-since'] || '');
      if (!Number.isNaN(since) && modified.getTime() <= since) {
        res.writeHead(304, { ...headers, 'Last-Modified': modified.toUTCString() }).end();
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Length': st.size,
                           'Last-Modified': modified.toUTCString() });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT || 8737);
  if (!fs.existsSync(path.join(webDir, 'dist', 'editor.js'))) {
    console.error('serve: web/dist is not built yet: run `npm run build` in web/ first');
    process.exit(1);
  }
  const server = createServer();
  server.listen(port, '127.0.0.1', () => {
    console.log(`pgdiff playground: http://127.0.0.1:${server.address().port}/`);
  });
}
