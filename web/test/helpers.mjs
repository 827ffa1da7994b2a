// Shared by the Node tests: the engine, fresh PGlite databases, convergence.
import fs from 'node:fs';
import path from 'node:path';
import { loadEngine, newSchemaDb, webDir } from '../lib/node.mjs';
import { inspect, diffCatalogs, applyMigration } from '../lib/core.mjs';

export { loadEngine, newSchemaDb, inspect, diffCatalogs, applyMigration };
export const casesDir = path.join(path.dirname(webDir), 'tests', 'cases');

/** roundtrip cases under tests/cases: [{name, a, b, options}] */
export function roundtripCases() {
  if (!fs.existsSync(casesDir)) return [];
  return fs.readdirSync(casesDir).sort()
    .filter((n) => fs.existsSync(path.join(casesDir, n, 'a.sql')) && fs.existsSync(path.join(casesDir, n, 'b.sql')))
    .map((name) => {
      const dir = path.join(casesDir, name);
      const flagsFile = path.join(dir, 'flags');
      const flags = fs.existsSync(flagsFile) ? fs.readFileSync(flagsFile, 'utf8').split(/\s+/).filter(Boolean) : [];
      const options = { with_privileges: flags.includes('--with-privileges'), with_ownership: flags.includes('--with-ownership') };
      return { name, dir, flags, options, a: fs.readFileSync(path.join(dir, 'a.sql'), 'utf8'), b: fs.readFileSync(path.join(dir, 'b.sql'), 'utf8') };
    });
}

/**
 * Both directions of a pair in PGlite: diff, apply the migration to the FROM
 * database, re-diff against TO. Returns [{direction, plan, sql, again}]
 * where again is the second diff's result (must be empty).
 */
export async function convergeBothWays(engine, a, b, options = {}) {
  const dbA = await newSchemaDb(a, { later: [b] });
  let dbB;
  try {
    dbB = await newSchemaDb(b, { later: [a] });
    const catA = await inspect(dbA, engine);
    const catB = await inspect(dbB, engine);
    const out = [];
    for (const [direction, db, from, to] of [['a->b', dbA, catA, catB], ['b->a', dbB, catB, catA]]) {
      const r = diffCatalogs(engine, from, to, options);
      if (!r.ok) throw new Error(`${direction}: ${r.error}`);
      try {
        await applyMigration(db, r.sql);
      } catch (e) {
        throw new Error(`${direction}: applying the migration failed at line ${e.line}: ${e.message}\n--- migration:\n${r.sql}`);
      }
      const again = diffCatalogs(engine, await inspect(db, engine), to, options);
      if (!again.ok) throw new Error(`${direction}: second diff: ${again.error}`);
      out.push({ direction, result: r, again });
    }
    return out;
  } finally {
    await dbA.close();
    if (dbB) await dbB.close();
  }
}
