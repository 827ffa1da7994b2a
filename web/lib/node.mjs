// Node-side wiring: the wasm engine from web/dist (or $PGDIFF_WASM_DIR, e.g.
// bazel-bin/wasm), PGlite from node_modules, the prebuilt data directory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { schemaDb, startParams } from './core.mjs';

export const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const distDir = path.join(webDir, 'dist');

export function wasmDir() {
  return process.env.PGDIFF_WASM_DIR ? path.resolve(process.env.PGDIFF_WASM_DIR) : distDir;
}

let enginePromise;
/** the wasm engine (embind module: catalogQuery, inspectBegin, inspectEnd, diff, snapshot) */
export function loadEngine() {
  if (!enginePromise) {
    enginePromise = (async () => {
      const dir = wasmDir();
      const js = path.join(dir, 'pgdiff.mjs');
      const wasm = path.join(dir, 'pgdiff.wasm');
      if (!fs.existsSync(js) || !fs.existsSync(wasm)) {
        throw new Error(`wasm module not built: ${js} missing (run: npm run build, in web/)`);
      }
      const { default: createPgdiff } = await import(pathToFileURL(js).href);
      return createPgdiff({ wasmBinary: fs.readFileSync(wasm) });
    })();
  }
  return enginePromise;
}

export async function loadContrib(ext) {
  const name = ext.replace(/-/g, '_');
  if (!/^\w+$/.test(name)) return null;
  try {
    const mod = await import(`@electric-sql/pglite/contrib/${name}`);
    return mod[name] || null;
  } catch {
    return null;
  }
}

let dataDir;
/** the prebuilt PGlite data directory (web/dist/pgdata.tar), if built */
export function prebuiltDataDir() {
  if (dataDir === undefined) {
    const f = path.join(distDir, 'pgdata.tar');
    dataDir = fs.existsSync(f) ? new Blob([fs.readFileSync(f)], { type: 'application/x-tar' }) : null;
  }
  return dataDir || undefined;
}

/** a fresh PGlite holding the schema script sql (throws SchemaError) */
export function newSchemaDb(sql, opts) {
  return schemaDb({ PGlite, loadContrib, dataDir: prebuiltDataDir(), startParams: startParams(PGlite) }, sql, opts);
}

export { PGlite };
