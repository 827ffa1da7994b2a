// What a database worker (lib/db-worker.mjs) imports, bundled by esbuild into
// one file, dist/worker-deps.js: PGlite's module is index.js plus eight chunk
// files found one level at a time, and on HTTP/1.1 (six connections per
// origin) they queued behind the big downloads the same worker had already
// started (pglite.wasm, pglite.data, pgdata.tar), so PGlite's code arrived
// only after them. One request instead of nine, no waterfall.
// PGlite finds its own files through import.meta.url; the build points that at
// PGlite's folder in node_modules (esbuild define), so any file it still
// fetches itself resolves where it did before.
export { PGlite } from '@electric-sql/pglite';
export { startParams, loadSchema, SchemaError } from '../lib/core.mjs';
