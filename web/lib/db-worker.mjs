// One PGlite database in a dedicated Web Worker (the playground's side; the
// page talks to it through lib/worker-db.mjs). Starting PostgreSQL costs about
// a second of CPU (running PGlite's wasm, compiling its functions lazily on
// first call, unpacking the data directory): here it runs on a thread of its
// own, in parallel with the page's own modules and editors, and a Diff no
// longer freezes the page.
//
// The first worker is created with ?start&origin=T in its URL (boot.mjs,
// through lib/worker-db.mjs): it starts right away (the page's thread may be
// busy loading its modules for a while), fetching and compiling what it needs;
// T is the page's performance.timeOrigin. The others are told to start:
// Messages in:  {type: 'start', shared?, extensions: [name], origin}
//               shared = {wasmModule, fsBundle, dataDir}: what the first
//               worker fetched and compiled (a WebAssembly.Module and Blobs
//               are passed by reference); without it this worker fetches them
//               itself, and sends them back for the next workers. origin:
//               the page's performance.timeOrigin (for the marks).
//               {type: 'exec' | 'query', id, sql}
//               {type: 'script', id, sql}: a whole schema script, run here by
//               lib/core.mjs's loadSchema (statement by statement, its
//               errors placed at their line and column)
// Messages out: {type: 'started', shared?, marks} | {type: 'failed', error}
//               {type: 'result', id, result} | {type: 'result', id, error}
//               (a script's error: {schemaError: true, message, line, col,
//               offset, code, detail, hint, statement}; its result: null)
// No static imports: the downloads start before PGlite's own module is loaded.
const PGLITE_DIR = new URL('../node_modules/@electric-sql/pglite/dist/', import.meta.url);
// start-up steps on the page's clock (ms since the page's navigation start)
const marks = {};
const mark = (name) => { marks[name] = Math.round(performance.timeOrigin + performance.now() - pageOrigin); };
const params = new URL(import.meta.url).searchParams;
let pageOrigin = Number(params.get('origin')) || performance.timeOrigin;
mark('worker');

let fetched = null;   // the downloads, started as soon as this worker runs
function fetchShared() {
  fetched ||= {
    wasmModule: WebAssembly.compileStreaming(fetch(new URL('pglite.wasm', PGLITE_DIR)))
      .then((m) => { mark('pglite compiled'); return m; }),
    // Blobs, not ArrayBuffers: a Blob's bytes stay out of this thread until
    // PGlite reads them. Fetching ArrayBuffers was tried (2026-11-26, load
    // average 16-20): it cost this thread ~0.6 s more CPU receiving the 16 MB.
    fsBundle: fetch(new URL('pglite.data', PGLITE_DIR)).then((r) => r.blob()),
    dataDir: fetch(new URL('../dist/pgdata.tar', import.meta.url)).then((r) => (r.ok ? r.blob() : undefined)),
  };
  return fetched;
}
// PGlite and startParams, in one file (src/worker-deps.js, built by scripts/build.mjs)
const deps = import('../dist/worker-deps.js');
// PGlite downloads initdb.wasm (300 KB) whenever it is not handed an initdb
// module, although it runs initdb only when no data directory is supplied; a
// data directory always is here, so an empty module stands in for it and
// PostgreSQL's start no longer waits behind that download.
const NO_INITDB = new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));

let db = null;
const pending = [];   // exec/query messages that arrived before the database started

async function start({ shared, extensions = [], origin }) {
  if (origin) { pageOrigin = origin; mark('worker'); }
  const own = !shared;
  const files = shared || fetchShared();
  const [{ PGlite, startParams }, wasmModule, fsBundle, dataDir] = await Promise.all(
    [deps, files.wasmModule, files.fsBundle, files.dataDir]);
  mark('pglite files');
  const ext = {};
  for (const name of extensions) {
    // a contrib module PGlite does not ship is left out: CREATE EXTENSION then
    // fails in PostgreSQL, with its own message, at the statement's line
    try {
      const m = await import(new URL(`contrib/${name}.js`, PGLITE_DIR).href);
      if (m[name]) ext[name] = m[name];
    } catch { /* see above */ }
  }
  db = await PGlite.create({
    startParams: startParams(PGlite),
    pgliteWasmModule: wasmModule, fsBundle, loadDataDir: dataDir, extensions: ext,
    ...(dataDir ? { initdbWasmModule: NO_INITDB } : {}),
  });
  mark('postgres started');
  postMessage({ type: 'started', marks, shared: own ? { wasmModule, fsBundle, dataDir } : undefined });
}

// PGlite's errors carry PostgreSQL's fields; a structured clone of an Error
// keeps only its message, so they are sent as a plain object
const errorFields = (e) => ({ message: e?.message || String(e), code: e?.code, position: e?.position, detail: e?.detail, hint: e?.hint });
// a SchemaError's own fields, rebuilt into a SchemaError by the page
const schemaErrorFields = ({ message, line, col, offset, code, detail, hint, statement }) =>
  ({ schemaError: true, message, line, col, offset, code, detail, hint, statement });

async function run({ type, id, sql }) {
  try {
    let result;
    if (type === 'script') {
      // the schema script, statement by statement, without a round trip
      // through the page's thread per statement
      const { loadSchema, SchemaError } = await deps;
      try {
        await loadSchema(db, sql);
      } catch (e) {
        if (!(e instanceof SchemaError)) throw e;
        postMessage({ type: 'result', id, error: schemaErrorFields(e) });
        return;
      }
      result = null;
    } else if (type === 'exec') {
      result = (await db.exec(sql)).map(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }));
    } else {
      result = await db.query(sql).then(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }));
    }
    postMessage({ type: 'result', id, result });
  } catch (e) {
    postMessage({ type: 'result', id, error: errorFields(e) });
  }
}

// PGlite runs one statement at a time: the page's calls are chained
let queue = Promise.resolve();
function startNow(options) {
  start(options).then(() => { for (const m of pending.splice(0)) queue = queue.then(() => run(m)); },
    (e) => postMessage({ type: 'failed', error: errorFields(e) }));
}
if (params.has('start')) startNow({});
addEventListener('message', ({ data }) => {
  if (data.type === 'start') {
    startNow(data);
  } else if (db) {
    queue = queue.then(() => run(data));
  } else {
    pending.push(data);
  }
});
