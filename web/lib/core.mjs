// pgdiff over PGlite: the parts shared by the Node command, the tests and the
// browser playground. Nothing here interprets catalog rows: it loads SQL into
// a PGlite, runs the engine's catalog query there, and hands the JSON text to
// the wasm engine. PGlite itself is passed in (Node and the browser import it
// from different places).

// ---------------------------------------------------------------------------
// Splitting an SQL script into statements (so that an error can be placed on
// the statement that caused it, even when PostgreSQL gives no position).
// Handles '...' / E'...' strings, "..." identifiers, $tag$...$tag$ bodies,
// -- and nested /* */ comments, and BEGIN ATOMIC ... END routine bodies.

/** @returns {{text: string, start: number}[]} statements with their offset in sql */
export function splitStatements(sql) {
  const out = [];
  let start = 0, i = 0;
  const n = sql.length;
  let atomicDepth = 0;        // inside BEGIN ATOMIC ... END
  let words = [];             // the last few keywords of the current statement
  const push = (end) => {
    const text = sql.slice(start, end);
    if (text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim() !== '') out.push({ text, start });
    start = end; words = []; atomicDepth = 0;
  };
  while (i < n) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') { const e = sql.indexOf('\n', i); i = e < 0 ? n : e + 1; continue; }
    if (c === '/' && sql[i + 1] === '*') {
      let depth = 1; i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') { depth++; i += 2; }
        else if (sql[i] === '*' && sql[i + 1] === '/') { depth--; i += 2; }
        else i++;
      }
      continue;
    }
    if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]) && !/[\w$]/.test(sql[i - 2] || '');
      i++;
      while (i < n) {
        if (escapes && sql[i] === '\\') { i += 2; continue; }
        if (sql[i] === "'") { if (sql[i + 1] === "'") { i += 2; continue; } i++; break; }
        i++;
      }
      continue;
    }
    if (c === '"') { i++; while (i < n) { if (sql[i] === '"') { if (sql[i + 1] === '"') { i += 2; continue; } i++; break; } i++; } continue; }
    if (c === '$') {
      const m = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
      if (m && !/[\w$]/.test(sql[i - 1] || '')) {
        const tag = m[0];
        const e = sql.indexOf(tag, i + tag.length);
        i = e < 0 ? n : e + tag.length;
        continue;
      }
      i++; continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(sql[j])) j++;
      const w = sql.slice(i, j).toLowerCase();
      words.push(w);
      if (words.length > 3) words.shift();
      if (w === 'atomic' && words[words.length - 2] === 'begin') atomicDepth++;
      else if (atomicDepth > 0 && w === 'case') atomicDepth++;
      else if (atomicDepth > 0 && w === 'end') atomicDepth--;
      i = j; continue;
    }
    if (c === ';' && atomicDepth === 0) { push(i + 1); i++; continue; }
    i++;
  }
  push(n);
  return out;
}

/** 1-based line and column of a 0-based offset */
export function lineCol(text, offset) {
  let line = 1, col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') { line++; col = 1; } else col++;
  }
  return { line, col };
}

/** names of the extensions a script creates (so PGlite can be given them) */
export function extensionsIn(sql) {
  const names = new Set();
  const re = /create\s+extension\s+(?:if\s+not\s+exists\s+)?("([^"]+)"|[\w-]+)/i;
  for (const stmt of splitStatements(sql)) {
    const m = re.exec(stmt.text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' '));
    if (m) names.add((m[2] || m[1]).toLowerCase());
  }
  names.delete('plpgsql');
  return [...names];
}

/** An error while loading a schema script, placed at a line and column. */
export class SchemaError extends Error {
  constructor(message, { line, col, offset, code, detail, hint, statement }) {
    super(message);
    this.name = 'SchemaError';
    Object.assign(this, { line, col, offset, code, detail, hint, statement });
  }
}

/**
 * Run a schema script in db, statement by statement (each in autocommit,
 * unless the script or the caller opened a transaction). On failure throws a
 * SchemaError with the 1-based line/column in the script: PostgreSQL's own
 * position when it gives one, otherwise the start of the failing statement.
 *
 * A database that lives elsewhere may offer `runScript(sql)`: the same, run
 * where the database is (lib/worker-db.mjs: one message to its worker, which
 * runs this very function against its PGlite and sends back success or the
 * SchemaError's fields), instead of one round trip per statement.
 */
export async function loadSchema(db, sql) {
  if (typeof db.runScript === 'function') return db.runScript(sql);
  for (const stmt of splitStatements(sql)) {
    try {
      await db.exec(stmt.text);
    } catch (e) {
      // skip leading whitespace/comments so that the line is the statement's own
      let lead = stmt.text.length - stmt.text.replace(/^(\s|--[^\n]*|\/\*[\s\S]*?\*\/)*/, '').length;
      const offset = stmt.start + (e.position ? Number(e.position) - 1 : lead);
      const { line, col } = lineCol(sql, offset);
      throw new SchemaError(e.message || String(e), {
        line, col, offset, code: e.code, detail: e.detail, hint: e.hint,
        statement: stmt.text.trim(),
      });
    }
  }
}

/**
 * Apply a migration the way `psql -1` does: in one transaction, so that a
 * failure leaves db as it was and statements that need a transaction block
 * (the LOCK TABLE of a table rebuilt for its column order) run. An online
 * script holds its own BEGIN/COMMIT (and statements that must run outside a
 * transaction): it runs as it is.
 */
export async function applyMigration(db, sql) {
  const ownTransactions = splitStatements(sql).some((s) =>
    /^(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION|END)\b/i.test(s.text.replace(/^(\s|--[^\n]*|\/\*[\s\S]*?\*\/)*/, '')));
  if (ownTransactions) return loadSchema(db, sql);
  await db.exec('BEGIN');
  try {
    await loadSchema(db, sql);
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => {});
    throw e;
  }
  await db.exec('COMMIT');
}

/** Run the engine's catalog query in db; returns the catalog as JSON text. */
export async function inspect(db, engine) {
  await db.exec(engine.inspectBegin());
  try {
    const r = await db.query(engine.catalogQuery());
    if (r.rows.length !== 1 || r.fields.length < 1) throw new Error(`catalog query returned ${r.rows.length} rows`);
    const v = r.rows[0][r.fields[0].name];
    return typeof v === 'string' ? v : JSON.stringify(v);
  } finally {
    await db.exec(engine.inspectEnd());
  }
}

/** engine.diff() with a parsed result. options: {unsafe, schemas, exclude_schemas, ...} */
export function diffCatalogs(engine, catalogA, catalogB, options = {}, times = null) {
  const t0 = performance.now();
  const text = engine.diff(catalogA, catalogB, JSON.stringify(options));
  const t1 = performance.now();
  const r = JSON.parse(text);
  // times: {engineMs (the engine's call, strings in and out), parseMs (its JSON result), resultBytes}
  if (times) Object.assign(times, { engineMs: Math.round(t1 - t0), parseMs: Math.round(performance.now() - t1), resultBytes: text.length });
  return r;
}

/** Load a contrib extension module for PGlite by extension name. */
export function contribModuleName(ext) { return ext.replace(/-/g, '_'); }

/**
 * PGlite's start parameters with small shared buffers: a schema needs few,
 * and PostgreSQL's shared memory is zeroed at start (emscripten's mmap runs a
 * memset, in V8's baseline code on a first visit): with 16 MB of buffers that
 * was 24 MB to zero, with 2 MB it is 9 MB.
 */
export function startParams(PGlite) {
  return [...(PGlite.defaultStartParams || []), '-c', 'shared_buffers=2MB', '-c', 'wal_buffers=1MB'];
}

/**
 * Make a fresh PGlite holding `sql`. deps: {PGlite, loadContrib(name) -> extension
 * object or null, dataDir (Blob of a prebuilt data directory, optional)}.
 * PGlite can only CREATE EXTENSION for extensions given when it starts: those
 * of `sql` and of `later` (scripts to be run in it afterwards, e.g. the other
 * schema, whose migration may create them) are given.
 * Throws SchemaError for errors in the script.
 */
export async function schemaDb(deps, sql, { later = [] } = {}) {
  const extensions = {};
  for (const ext of new Set([sql, ...later].flatMap(extensionsIn))) {
    const mod = deps.loadContrib ? await deps.loadContrib(ext) : null;
    if (mod) extensions[contribModuleName(ext)] = mod;
  }
  const opts = { extensions };
  if (deps.startParams) opts.startParams = deps.startParams;
  if (deps.dataDir) opts.loadDataDir = deps.dataDir;
  const db = await deps.PGlite.create(opts);
  try {
    await loadSchema(db, sql);
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}

/** Counts of statements by object kind, e.g. {table: 2, column: 1}. */
export function countsByKind(plan) {
  const c = {};
  for (const s of plan.statements) c[s.object.kind] = (c[s.object.kind] || 0) + 1;
  return c;
}
