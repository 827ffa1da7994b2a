// Build what the Node command, the tests and the playground need, into web/dist/:
//   pgdiff.mjs + pgdiff.wasm  the engine (wasm/build.sh, the same emcc command as
//                             the Bazel target //wasm:pgdiff_wasm); rebuilt when
//                             missing or older than its sources
//   editor.js                 CodeMirror 6 + SQL mode, bundled with esbuild
//   worker-deps.js            PGlite + what lib/db-worker.mjs uses of lib/core.mjs (esbuild)
//   pgdata.tar             a prebuilt PGlite data directory (skips initdb)
// Set PGDIFF_WASM_DIR to use an already built module instead (e.g. bazel-bin/wasm).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(web);
const dist = path.join(web, 'dist');
fs.mkdirSync(dist, { recursive: true });
const force = process.argv.includes('--force');

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);
const log = (s) => process.stderr.write(`build: ${s}\n`);

// 1. the wasm engine
if (process.env.PGDIFF_WASM_DIR) {
  log(`using the wasm module in ${process.env.PGDIFF_WASM_DIR}`);
} else {
  const inc = process.env.PGDIFF_INCLUDE ? path.resolve(process.env.PGDIFF_INCLUDE) : path.join(root, 'include');
  const srcTime = Math.max(newest(path.join(root, 'wasm')), newest(path.join(inc, 'pgdiff')));
  const out = path.join(dist, 'pgdiff.wasm');
  if (force || mtime(out) < srcTime || !fs.existsSync(path.join(dist, 'pgdiff.mjs'))) {
    log('emcc: wasm/bindings.cpp -> dist/pgdiff.mjs + dist/pgdiff.wasm');
    const t = Date.now();
    execFileSync(path.join(root, 'wasm', 'build.sh'), [dist], { stdio: ['ignore', 'ignore', 'inherit'] });
    log(`emcc done in ${((Date.now() - t) / 1000).toFixed(1)} s, pgdiff.wasm ${fs.statSync(out).size} bytes`);
  }
}

// 2. the editor bundle
const editorOut = path.join(dist, 'editor.js');
if (force || mtime(editorOut) < Math.max(newest(path.join(web, 'src')), mtime(path.join(web, 'package-lock.json')))) {
  log('esbuild: src/editor.js -> dist/editor.js');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(web, 'src', 'editor.js')], bundle: true, format: 'esm',
    minify: true, outfile: editorOut, target: 'es2020', logLevel: 'warning', legalComments: 'none',
  });
}

// 2b. PGlite and what the database worker needs from lib/core.mjs, in one
// file (src/worker-deps.js says why). import.meta.url inside it stands for
// PGlite's own index.js, as if it had been imported from node_modules.
const depsOut = path.join(dist, 'worker-deps.js');
if (force || mtime(depsOut) < Math.max(newest(path.join(web, 'src')), mtime(path.join(web, 'lib', 'core.mjs')),
                                       mtime(path.join(web, 'package-lock.json')), mtime(fileURLToPath(import.meta.url)))) {
  log('esbuild: src/worker-deps.js -> dist/worker-deps.js');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(web, 'src', 'worker-deps.js')], bundle: true, format: 'esm',
    minify: true, outfile: depsOut, target: 'es2022', logLevel: 'warning', legalComments: 'none',
    // Node-only code stays out: PGlite's NodeFS (its static `import from "fs"`
    // would break the bundle in a browser) and the modules it imports behind IN_NODE
    platform: 'browser', external: ['./fs/nodefs.js', 'fs', 'fs/promises', 'path', 'module', 'node:*', 'zlib', 'stream', 'stream/promises', 'util'],
    define: { 'import.meta.url': 'PGLITE_INDEX_URL' },
    banner: { js: "const PGLITE_INDEX_URL = new URL('../node_modules/@electric-sql/pglite/dist/index.js', import.meta.url).href;" },
  });
}

// 3. a prebuilt PGlite data directory. Every fresh database (the playground's,
// the command's, the tests') is unpacked from it, so it is kept small: 1 MB WAL
// segments (initdb --wal-segsize=1) instead of 16 MB, only the one WAL segment
// still needed, and only the "postgres" database (template0/template1 dropped:
// nothing here runs CREATE DATABASE). 10 MB unpacked instead of 40 MB, which
// is most of what unpacking and writing it into PGlite's memory file system costs.
const pgliteVersion = JSON.parse(fs.readFileSync(path.join(web, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
const DATADIR_LAYOUT = 4;   // bump when the recipe below changes
const stampText = `${pgliteVersion} layout ${DATADIR_LAYOUT}`;
const stamp = path.join(dist, 'pgdata.version');
const dataOut = path.join(dist, 'pgdata.tar');
const PGDATA = '/pglite/data';   // where PGlite keeps the data directory in its memory file system
if (force || !fs.existsSync(dataOut) || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== stampText) {
  log(`PGlite ${pgliteVersion}: initdb -> dist/pgdata.tar`);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({
    initDbStartParams: ['--wal-segsize=1'],
    startParams: [...PGlite.defaultStartParams, '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=2MB'],
  });
  await db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
  await db.exec('DROP DATABASE template0');
  await db.exec('DROP DATABASE template1');
  // initdb leaves several recycled segments ahead of the current one: use
  // them up, so that checkpoints can remove them
  const walFiles = async () => (await db.query('SELECT count(*)::int AS n FROM pg_ls_waldir()')).rows[0].n;
  for (let i = 0; i < 30 && (await walFiles()) > 2; i++) {
    await db.query('SELECT pg_switch_wal()');
    await db.exec('CHECKPOINT');
  }
  // Shut PostgreSQL down cleanly before taking the files (dumpDataDir copies a
  // running server's directory: pg_control says "in production", so every
  // start from it ran crash recovery: WAL redo, the relcache init files
  // removed and rebuilt, an end-of-recovery checkpoint). The memory file
  // system outlives close(); it is written out as an uncompressed tar (gunzip
  // in the page cost more than the bytes).
  const FS = db.mod.FS;
  await db.close();
  const files = memfsFiles(FS, PGDATA);
  if (files.some((f) => f.name === 'postmaster.pid')) throw new Error('PostgreSQL did not shut down: postmaster.pid is still there');
  fs.writeFileSync(dataOut, ustar(files));
  fs.writeFileSync(stamp, stampText);
  log(`pgdata.tar: ${fs.statSync(dataOut).size} bytes`);
}

// PGlite's data directory in its memory file system, as tar entries (each directory before what it holds, sorted)
function memfsFiles(FS, root) {
  const out = [];
  const walk = (dir) => {
    for (const name of FS.readdir(dir).filter((n) => n !== '.' && n !== '..').sort()) {
      const full = `${dir}/${name}`;
      const st = FS.stat(full);
      const entry = { name: full.slice(root.length + 1), mode: st.mode & 0o7777, mtime: Math.floor(st.mtime.getTime() / 1000) };
      if (FS.isDir(st.mode)) { out.push({ ...entry, name: `${entry.name}/`, data: null }); walk(full); } else out.push({ ...entry, data: FS.readFile(full) });
    }
  };
  walk(root);
  return out;
}

// A plain ustar archive (what PGlite's loadTar reads): 512-byte headers, data padded to 512
function ustar(entries) {
  const blocks = [];
  for (const e of entries) {
    if (Buffer.byteLength(e.name) > 99) throw new Error(`tar: name too long: ${e.name}`);
    const h = Buffer.alloc(512);
    const octal = (n, len) => `${n.toString(8).padStart(len - 1, '0')}\0`;
    h.write(e.name, 0, 100);
    h.write(octal(e.mode, 8), 100); h.write(octal(0, 8), 108); h.write(octal(0, 8), 116);
    h.write(octal(e.data ? e.data.length : 0, 12), 124); h.write(octal(e.mtime, 12), 136);
    h.write(' '.repeat(8), 148); h.write(e.data ? '0' : '5', 156); h.write('ustar\0' + '00', 257);
    h.write(`${h.reduce((a, b) => a + b, 0).toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h);
    if (e.data) blocks.push(Buffer.from(e.data), Buffer.alloc((512 - (e.data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
