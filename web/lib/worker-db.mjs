// The page's side of lib/db-worker.mjs: a PGlite database in a Web Worker of
// its own, with the part of PGlite's interface lib/core.mjs uses: exec(sql),
// query(sql) -> {rows, fields}, close(). Errors keep PostgreSQL's fields
// (code, position, detail, hint) as PGlite's own errors do. And runScript(sql),
// which lib/core.mjs's loadSchema uses when a database has it: the worker
// runs the whole schema script itself (with loadSchema, statement by
// statement), one message instead of a round trip per statement through the
// page's thread; its SchemaError comes back as a SchemaError.
// (PGlite's own PGliteWorker is made for one database shared by several tabs:
// leader election, a BroadcastChannel and three round trips per query; here
// every database is private to the page, one worker each.)
export const DB_WORKER = new URL('./db-worker.mjs', import.meta.url);

const toError = (fields) => Object.assign(new Error(fields.message), fields);
// lib/core.mjs's SchemaError (the page's `instanceof SchemaError` must hold).
// Imported only when one is needed: boot.mjs imports this module before
// anything else, and core.mjs stays off that path (app.js has loaded it
// by the time a schema is run).
async function toSchemaError({ message, line, col, offset, code, detail, hint, statement }) {
  const { SchemaError } = await import('./core.mjs');
  return new SchemaError(message, { line, col, offset, code, detail, hint, statement });
}

class WorkerDb {
  #worker;
  #calls = new Map();
  #next = 0;
  #closed = false;
  constructor(worker) {
    this.#worker = worker;
    worker.addEventListener('message', ({ data }) => {
      if (data.type !== 'result') return;
      const call = this.#calls.get(data.id);
      this.#calls.delete(data.id);
      if (!call) return;
      if (!data.error) call.resolve(data.result);
      else if (data.error.schemaError) toSchemaError(data.error).then(call.reject, call.reject);
      else call.reject(toError(data.error));
    });
    worker.addEventListener('error', (e) => this.#fail(new Error(`database worker: ${e.message || 'stopped'}`)));
  }
  #fail(err) {
    for (const c of this.#calls.values()) c.reject(err);
    this.#calls.clear();
  }
  #call(type, sql) {
    if (this.#closed) return Promise.reject(new Error('database closed'));
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject });
      this.#worker.postMessage({ type, id, sql });
    });
  }
  /** runs a script (several statements, one implicit transaction); one result per statement */
  exec(sql) { return this.#call('exec', sql); }
  /** one statement (extended protocol); {rows, fields, affectedRows} */
  query(sql) { return this.#call('query', sql); }
  /**
   * a schema script, run in the worker by lib/core.mjs's loadSchema (each
   * statement on its own, as loadSchema(db, sql) runs them here); throws its
   * SchemaError. loadSchema(this, sql) calls this.
   */
  runScript(sql) { return this.#call('script', sql); }
  async close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#worker.terminate();   // an in-memory database: nothing to flush
    this.#fail(new Error('database closed'));
  }
}

/** the first message a worker sends: 'started' or 'failed' (or its script failed) */
function firstReply(worker) {
  return new Promise((resolve) => {
    const onMessage = ({ data }) => {
      if (data.type !== 'started' && data.type !== 'failed') return;
      done();
      resolve(data);
    };
    const onError = (e) => {
      done();
      resolve({ type: 'failed', error: { message: `database worker did not start: ${e.message || 'its script failed to load'}` } });
    };
    const done = () => { worker.removeEventListener('message', onMessage); worker.removeEventListener('error', onError); };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/**
 * Start PostgreSQL in a new worker. shared: {wasmModule, fsBundle, dataDir}
 * from an earlier start; without it the worker fetches and compiles them
 * itself, starting at once, before any message from the page (whose thread
 * may be busy loading its modules for a while: lib/db-worker.mjs?start).
 * extensions: contrib extension names to load (e.g. ['pgcrypto']).
 * Resolves to {db, shared, marks} once PostgreSQL has started.
 */
export async function startWorkerDb({ shared, extensions = [] } = {}) {
  const selfStart = !shared && extensions.length === 0;
  const url = new URL(DB_WORKER);
  if (selfStart) url.search = `?start&origin=${performance.timeOrigin}`;
  const worker = new Worker(url, { type: 'module' });
  const reply = firstReply(worker);   // listening before anything can arrive
  if (!selfStart) worker.postMessage({ type: 'start', shared, extensions, origin: performance.timeOrigin });
  const data = await reply;
  if (data.type !== 'started') {
    worker.terminate();
    throw toError(data.error);
  }
  return { db: new WorkerDb(worker), shared: data.shared || shared, marks: data.marks };
}
