// How the playground words what the engine says about a statement. Nothing
// here decides anything: hazards, lock levels, reasons and the explain text
// all come from the engine's plan JSON (docs/plan.schema.json); this only
// formats them for people, and copes with fields an older engine build does
// not send (every field is optional here).

const PAGE_BYTES = 8192;

/** "data_loss" -> "data loss" */
export function hazardLabel(kind) {
  return String(kind || 'hazard').replace(/_/g, ' ');
}

/** 0 -> "0 rows", 1234 -> "1,234 rows", 2500000 -> "≈2.5 M rows" */
export function rowsText(rows) {
  if (typeof rows !== 'number' || !Number.isFinite(rows) || rows < 0) return null;
  const n = Math.round(rows);
  if (n >= 1e9) return `≈${(n / 1e9).toFixed(1)} G rows`;
  if (n >= 1e6) return `≈${(n / 1e6).toFixed(1)} M rows`;
  return `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}`;
}

/** pages of 8 kB -> "0 B", "48 kB", "1.5 MB", "2.0 GB" */
export function pagesText(pages) {
  if (typeof pages !== 'number' || !Number.isFinite(pages) || pages < 0) return null;
  const b = pages * PAGE_BYTES;
  if (b < 1024 * 1024) return `${Math.round(b / 1024)} kB`;
  if (b < 1024 ** 3) return `${(b / 1024 ** 2).toFixed(1)} MB`;
  return `${(b / 1024 ** 3).toFixed(1)} GB`;
}

/** a relation {schema, name} -> "schema.name" (or just name) */
export function qualified(o) {
  if (!o) return '';
  return o.schema ? `${o.schema}.${o.name}` : String(o.name ?? '');
}

/**
 * The size of the table a hazard concerns, from the catalog's estimates:
 * "public.orders: ≈2.5 M rows, 310.2 MB", or "public.t: size unknown (never
 * analyzed)" when PostgreSQL has no estimate. null when no table.
 */
export function tableSizeText(table) {
  if (!table || typeof table !== 'object') return null;
  const rows = rowsText(table.rows);
  const size = pagesText(table.pages);
  const parts = [rows, size].filter(Boolean);
  return `${qualified(table)}: ${parts.length ? parts.join(', ') : 'size unknown (never analyzed)'}`;
}

/** the hazards of a statement, as an array (absent -> []) */
export function hazardsOf(stmt) {
  return Array.isArray(stmt?.hazards) ? stmt.hazards.filter((h) => h && typeof h === 'object') : [];
}

/** "ACCESS EXCLUSIVE lock on public.orders", or null */
export function lockText(stmt) {
  const l = stmt?.lock;
  if (!l) return null;
  if (typeof l === 'string') return `${l} lock`;
  if (!l.level) return null;
  const on = qualified(l.on);
  return `${l.level} lock${on ? ` on ${on}` : ''}`;
}

function valueText(v) {
  if (v === null || v === undefined) return '(none)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Why the statement is there, as lines: the engine's own sentence first,
 * then each changed attribute ("type: integer → bigint"), then what forced
 * it ("because table public.t is replaced").
 */
export function whyLines(stmt) {
  const out = [];
  if (typeof stmt?.why === 'string' && stmt.why) out.push(stmt.why);
  const reason = stmt?.reason && typeof stmt.reason === 'object' ? stmt.reason : null;
  for (const c of Array.isArray(reason?.changes) ? reason.changes : []) {
    if (!c || !c.attribute) continue;
    const line = `${c.attribute}: ${valueText(c.from)} → ${valueText(c.to)}`;
    if (!out.includes(line)) out.push(line);
  }
  const cb = reason?.caused_by;
  if (cb && cb.object) {
    // change: the engine's word ("dropped", "replaced", "rebuilt")
    const line = `because ${cb.object.kind || 'object'} ${qualified(cb.object)} is ${cb.change || 'changed'}`;
    if (!out.some((l) => l.includes(qualified(cb.object)))) out.push(line);
  }
  return out;
}

/** the statements this one was placed after, as "create table public.t" */
export function afterTexts(stmt) {
  return (Array.isArray(stmt?.after) ? stmt.after : [])
    .filter((a) => a && a.object)
    .map((a) => `${a.phase ? `${a.phase} ` : ''}${a.object.kind || ''} ${qualified(a.object)}`.trim());
}

/** hazard kind -> count over the plan (the engine's totals when it sends them) */
export function hazardTotals(plan) {
  if (plan && plan.hazards && typeof plan.hazards === 'object' && !Array.isArray(plan.hazards)) return { ...plan.hazards };
  const t = {};
  for (const s of plan?.statements || []) for (const h of hazardsOf(s)) t[h.kind] = (t[h.kind] || 0) + 1;
  return t;
}
