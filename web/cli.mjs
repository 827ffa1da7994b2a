#!/usr/bin/env node
// pgdiff with no server: each .sql file is loaded into its own PGlite
// (PostgreSQL 18 in WebAssembly), the engine's catalog query runs there, and
// the wasm build of the engine prints the migration from FROM to TO.
//
//   node web/cli.mjs [options] FROM TO
//   node web/cli.mjs snapshot FILE.sql [-o FILE.json]
//
// Exit codes as the native command (and migra): 0 no differences,
// 2 differences printed, 3 unsafe statements without --unsafe, 1 error.
import fs from 'node:fs';
import { inspect, SchemaError } from './lib/core.mjs';
import { loadEngine, newSchemaDb } from './lib/node.mjs';

const USAGE = `usage: node web/cli.mjs [options] FROM TO
       node web/cli.mjs snapshot FILE.sql [-o FILE.json]

FROM, TO: a .sql schema script (loaded into its own in-memory PGlite),
          a catalog/snapshot .json file, or EMPTY for an empty database.

options:
  --unsafe                      print unsafe (data-losing) statements too
  --schema NAME                 only this schema (repeatable)
  --exclude-schema NAME         leave this schema out (repeatable; also --exclude_schema)
  --with-privileges             also diff privileges (GRANT/REVOKE)
  --with-ownership              also diff owners (ALTER ... OWNER TO)
  --create-extensions-only      only create missing extensions
  --ignore-extension-versions   do not diff extension versions
  --json                        print the plan as JSON instead of SQL
  --explain                     SQL with a comment above each statement (why, hazards, lock)
  --summary                     a summary of the plan on stderr
  --allow-hazards KIND,...      hazard kinds that may be printed; others exit with 3
  --online                      CONCURRENTLY, NOT VALID + VALIDATE, timeouts, BEGIN/COMMIT blocks
  --lock-timeout DURATION       online mode: SET lock_timeout (default 5s)
  --script-statement-timeout DURATION  online mode: SET statement_timeout (default 0 = none)
  -h, --help                    this text

exit codes: 0 no differences, 2 differences, 3 unsafe statements without --unsafe, 1 error`;

class UsageError extends Error {}

function parseArgs(argv) {
  const o = { unsafe: false, schemas: [], exclude_schemas: [], with_privileges: false, with_ownership: false,
              create_extensions_only: false, ignore_extension_versions: false, json: false,
              explain: false, summary: false, allow_hazards: null, online: false,
              lock_timeout: null, statement_timeout: null,
              output: null, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i], v = null;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    const value = () => {
      if (v !== null) return v;
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '-h': case '--help': o.help = true; break;
      case '--unsafe': o.unsafe = true; break;
      case '--schema': o.schemas.push(value()); break;
      case '--exclude-schema': case '--exclude_schema': o.exclude_schemas.push(value()); break;
      case '--with-privileges': o.with_privileges = true; break;
      case '--with-ownership': o.with_ownership = true; break;
      case '--create-extensions-only': o.create_extensions_only = true; break;
      case '--ignore-extension-versions': o.ignore_extension_versions = true; break;
      case '--json': o.json = true; break;
      case '--explain': o.explain = true; break;
      case '--summary': o.summary = true; break;
      case '--allow-hazards':
        o.allow_hazards = (o.allow_hazards || []).concat(value());  // checked by the engine
        break;
      case '--online': o.online = true; break;
      case '--lock-timeout': o.lock_timeout = value(); break;
      case '--script-statement-timeout': o.statement_timeout = value(); break;
      case '-o': case '--output': o.output = value(); break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.positional.push(a);
    }
  }
  return o;
}

/** catalog JSON text for one side: EMPTY, a .json catalog/snapshot, or a .sql script */
async function catalogOf(engine, arg) {
  if (arg === 'EMPTY') return 'EMPTY';
  let text;
  try {
    text = fs.readFileSync(arg, 'utf8');
  } catch (e) {
    throw new Error(`${arg}: cannot read: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  if (/\.json$/i.test(arg)) {
    const check = JSON.parse(engine.snapshot(text));   // loads it: a bad file is named here
    if (!check.ok) throw new Error(`${arg}: ${check.error}`);
    return text;
  }
  let db;
  try {
    db = await newSchemaDb(text);
  } catch (e) {
    if (e instanceof SchemaError) throw new Error(`${arg}:${e.line}:${e.col}: ${e.message}`);
    throw new Error(`${arg}: ${e.message}`);
  }
  try {
    return await inspect(db, engine);
  } catch (e) {
    throw new Error(`${arg}: catalog query failed: ${e.message}`);
  } finally {
    await db.close();
  }
}

async function main(argv) {
  const o = parseArgs(argv);
  if (o.help) { process.stdout.write(USAGE + '\n'); return 0; }
  const engine = await loadEngine();
  if (o.positional[0] === 'snapshot') {
    if (o.positional.length !== 2) throw new UsageError('snapshot needs one FILE');
    const r = JSON.parse(engine.snapshot(await catalogOf(engine, o.positional[1])));
    if (!r.ok) throw new Error(r.error);
    const text = r.snapshot.endsWith('\n') ? r.snapshot : r.snapshot + '\n';
    if (o.output) fs.writeFileSync(o.output, text); else process.stdout.write(text);
    return 0;
  }
  if (o.positional.length !== 2) throw new UsageError('need FROM and TO');
  const [from, to] = o.positional;
  // one after the other: two PGlite instances at once double the memory for no gain
  const a = await catalogOf(engine, from);
  const b = await catalogOf(engine, to);
  const options = { schemas: o.schemas, exclude_schemas: o.exclude_schemas,
                    with_privileges: o.with_privileges, with_ownership: o.with_ownership,
                    create_extensions_only: o.create_extensions_only,
                    ignore_extension_versions: o.ignore_extension_versions, online: o.online,
                    unsafe: o.unsafe };
  if (o.allow_hazards) options.allow_hazards = o.allow_hazards;
  if (o.lock_timeout !== null) options.lock_timeout = o.lock_timeout;
  if (o.statement_timeout !== null) options.statement_timeout = o.statement_timeout;
  const r = JSON.parse(engine.diff(a, b, JSON.stringify(options)));
  if (!r.ok) throw new Error(r.error);
  for (const w of r.warnings || []) process.stderr.write(`pgdiff: warning: ${w}\n`);
  if (o.summary) process.stderr.write(r.summary);
  // the engine decides what --unsafe / --allow-hazards hold back (as natively)
  if (r.held_back) {
    process.stderr.write(`pgdiff: ${r.held_back.reason}; nothing printed; ${r.held_back.advice}\n`);
    return 3;
  }
  if (o.json) process.stdout.write(JSON.stringify({ statements: r.plan.statements, warnings: r.warnings, unsafe: r.unsafe }, null, 2) + '\n');
  else process.stdout.write(o.explain ? r.explain : r.sql);
  return r.plan.statements.length ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    const msg = String(e && e.message || e).split('\n')[0];
    process.stderr.write(`pgdiff: ${msg}\n`);
    if (e instanceof UsageError) process.stderr.write('run with --help for usage\n');
    process.exitCode = 1;
  });
