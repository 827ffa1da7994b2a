// Loaded first and on its own (index.html, <script type="module" async>): its
// one static import is small and preloaded (lib/worker-db.mjs), so it runs as
// soon as it arrives, long before app.js and its ~0.5 MB of editor modules are
// fetched and evaluated. It starts what "ready" waits for: the first
// database's worker (which fetches PGlite's wasm, compiles it while streaming,
// fetches its file bundle and the data directory, and starts PostgreSQL, all
// off the page's thread: lib/db-worker.mjs) and the pgdiff engine. app.js
// takes the promises from window.pgdiffBoot.
import { startWorkerDb } from './lib/worker-db.mjs';

const timings = (window.pgdiffTimings ||= {});
const mark = (name) => { timings[name] = Math.round(performance.now()); };
mark('boot');

const first = startWorkerDb()
  .then((started) => { Object.assign(timings, started.marks); mark('first db'); return started; });

window.pgdiffBoot = {
  firstDb: first.then((s) => s.db),
  // the compiled wasm module, file bundle and data directory, for the next databases
  shared: first.then((s) => s.shared),
  engine: import(new URL('./dist/pgdiff.mjs', import.meta.url).href)
    .then((m) => m.default())
    .then((m) => { mark('engine'); return m; }),
};
// app.js reports failures; don't let them surface as unhandled here.
for (const p of Object.values(window.pgdiffBoot)) p.catch(() => {});
