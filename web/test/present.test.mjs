// lib/present.mjs: how the playground words the engine's hazards, locks and
// reasons; every field may be absent (older engine builds send fewer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hazardLabel, rowsText, pagesText, tableSizeText, hazardsOf, lockText, whyLines, afterTexts, hazardTotals } from '../lib/present.mjs';

test('sizes: rows and 8 kB pages in words', () => {
  assert.equal(rowsText(0), '0 rows');
  assert.equal(rowsText(1), '1 row');
  assert.equal(rowsText(1234), '1,234 rows');
  assert.equal(rowsText(2500000), '≈2.5 M rows');
  assert.equal(rowsText(-1), null);
  assert.equal(rowsText(null), null);
  assert.equal(pagesText(6), '48 kB');
  assert.equal(pagesText(192), '1.5 MB');
  assert.equal(pagesText(262144), '2.0 GB');
  assert.equal(pagesText(undefined), null);
});

test('the table a hazard concerns, with its size or "unknown"', () => {
  assert.equal(tableSizeText({ schema: 'public', name: 'orders', rows: 2500000, pages: 39706 }), 'public.orders: ≈2.5 M rows, 310.2 MB');
  assert.equal(tableSizeText({ schema: 'public', name: 't', rows: null, pages: null }), 'public.t: size unknown (never analyzed)');
  assert.equal(tableSizeText({ schema: 'public', name: 't', rows: 0, pages: 0 }), 'public.t: 0 rows, 0 kB');
  assert.equal(tableSizeText(null), null);
  assert.equal(tableSizeText(undefined), null);
});

test('hazards, lock and labels; absent fields give nothing', () => {
  assert.equal(hazardLabel('access_exclusive_lock'), 'access exclusive lock');
  assert.deepEqual(hazardsOf({}), []);
  assert.deepEqual(hazardsOf({ hazards: null }), []);
  assert.equal(hazardsOf({ hazards: [{ kind: 'full_scan', detail: 'x' }, null] }).length, 1);
  assert.equal(lockText({}), null);
  assert.equal(lockText({ lock: null }), null);
  assert.equal(lockText({ lock: { level: 'ACCESS EXCLUSIVE', on: { kind: 'table', schema: 'public', name: 'orders' } } }),
    'ACCESS EXCLUSIVE lock on public.orders');
  assert.equal(lockText({ lock: { level: 'SHARE' } }), 'SHARE lock');
});

test('why: the engine\'s sentence, each changed attribute, what forced it', () => {
  assert.deepEqual(whyLines({}), []);
  assert.deepEqual(whyLines({ why: 'column added' }), ['column added']);
  assert.deepEqual(whyLines({
    why: 'type changed',
    reason: { changes: [{ attribute: 'type', from: 'integer', to: 'bigint' }, { attribute: 'default', from: null, to: '0' }],
              caused_by: { object: { kind: 'view', schema: 'public', name: 'v' }, change: 'rebuilt' } },
  }), ['type changed', 'type: integer → bigint', 'default: (none) → 0', 'because view public.v is rebuilt']);
  // the engine's sentence already names the cause: not said twice
  assert.deepEqual(whyLines({ why: 'depends on public.v which is being replaced',
    reason: { changes: [], caused_by: { object: { kind: 'view', schema: 'public', name: 'v' }, change: 'replaced' } } }),
  ['depends on public.v which is being replaced']);
  assert.deepEqual(afterTexts({ after: [{ object: { kind: 'table', schema: 'public', name: 't' }, phase: 'create' }] }), ['create table public.t']);
  assert.deepEqual(afterTexts({}), []);
});

test('hazard totals: the engine\'s own when sent, else counted from the statements', () => {
  assert.deepEqual(hazardTotals({ hazards: { data_loss: 2 }, statements: [] }), { data_loss: 2 });
  assert.deepEqual(hazardTotals({ statements: [{ hazards: [{ kind: 'full_scan' }, { kind: 'data_loss' }] }, { hazards: [{ kind: 'full_scan' }] }, {}] }),
    { full_scan: 2, data_loss: 1 });
  assert.deepEqual(hazardTotals({ statements: [{ sql: 'x' }] }), {});
});
