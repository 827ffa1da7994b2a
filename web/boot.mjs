// Loaded first and on its own (index.html, <script type="module" async>):
// it has no static imports, so it runs as soon as it arrives, long before
// app.js and its ~0.5 MB of editor modules are fetched and evaluated. It
// starts what "ready" waits for: the big downloads, PGlite's wasm compile,
// the first database and the pgdiff engine. app.js takes the promises from
// window.pgdiffBoot. (<link rel=preload> of the big files was measured
// slower: it delayed the page's own modules by about a second.)
const here = (path) => new URL(path, import.meta.url);
const PGLITE_DIR = here('./node_modules/@electric-sql/pglite/dist/');
const mark = (name) => {
  (window.pgdiffTimings ||= {})[name] = Math.round(performance.now());
};
mark('boot');

const pgliteWasmModule = WebAssembly.compileStreaming(fetch(new URL('pglite.wasm', PGLITE_DIR)))
  .then((m) => { mark('pglite compiled'); return m; });
const fsBundle = fetch(new URL('pglite.data', PGLITE_DIR)).then((r) => r.blob());
const dataDir = fetch(here('./dist/pgdata.tar')).then((r) => (r.ok ? r.blob() : undefined));
const pglite = import(new URL('index.js', PGLITE_DIR).href);
const core = import(here('./lib/core.mjs').href);

window.pgdiffBoot = {
  pgliteWasmModule, fsBundle, dataDir, pglite,
  engine: import(here('./dist/pgdiff.mjs').href)
    .then((m) => m.default())
    .then((m) => { mark('engine'); return m; }),
  firstDb: Promise.all([pglite, core, pgliteWasmModule, fsBundle, dataDir])
    .then(([{ PGlite }, { startParams }, wasm, bundle, dir]) => {
      mark('pglite files');
      return PGlite.create({ startParams: startParams(PGlite), pgliteWasmModule: wasm, fsBundle: bundle, loadDataDir: dir });
    })
    .then((db) => { mark('postgres started'); return db; }),
};
// app.js reports failures; don't let them surface as unhandled here.
for (const p of Object.values(window.pgdiffBoot)) p.catch(() => {});
