/**
 * Whatever file arrives — random JSON, random text, or a valid export with one
 * thing broken deep inside, cut short or with characters flipped — parse →
 * plan → apply never throws anything unexpected, and a refused file leaves
 * the database exactly as it was.
 */
import fc from 'fast-check';
import { db } from '@/db/db';
import { completeIncident, createIncident, saveAnswers, setNotApplicable, ValidationError } from '@/db/incidents';
import { applyImport, exportIncidents, planImport, type ImportDecision, type TransferData } from '@/db/transfer';
import { parseTransferText, serializeExport } from '@/features/transfer/format';
import { resetDb } from '../render-app';

async function dump() {
  return { incidents: await db.incidents.toArray(), activity: await db.activity.toArray() };
}

let validText = '';

beforeAll(async () => {
  await resetDb();
  const a = await createIncident({ title: 'ランサムウェア感染の疑い', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
  await saveAnswers(a.id, [{ itemId: 'incidentDescription', value: '電子カルテが開けない' }, { itemId: 'leakPossible', value: 'unknown' }], '佐藤');
  await setNotApplicable(a.id, 'recoveryActions', '未着手', '佐藤');
  const b = await createIncident({ title: 'Phishing mail', detectedAt: '2026-11-20T03:30:00.000Z', recorder: 'Suzuki' });
  await completeIncident(b.id, 'Suzuki');
  validText = serializeExport(await exportIncidents());
});

// ---- mutations of a valid export -----------------------------------------------

type Op = { kind: 'delete' } | { kind: 'retype' } | { kind: 'replace'; value: unknown };

/** Walks down `steps` (each picks a child modulo the number of children), then applies `op` there. */
function mutateAt(root: unknown, steps: number[], op: Op): unknown {
  const copy: unknown = structuredClone(root);
  let parent: Record<string | number, unknown> | null = null;
  let key: string | number = '';
  let node: unknown = copy;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string | number, unknown>;
    key = keys[step % keys.length]!;
    node = parent[key];
  }
  if (parent === null) return op.kind === 'replace' ? op.value : op.kind === 'retype' ? retype(copy) : undefined;
  if (op.kind === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (op.kind === 'delete') delete parent[key];
  else parent[key] = op.kind === 'retype' ? retype(node) : op.value;
  return copy;
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (value === null) return {};
  if (Array.isArray(value)) return { ...value };
  return Object.values(value as object);
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'delete' }),
  fc.constant<Op>({ kind: 'retype' }),
  fc.jsonValue().map((value): Op => ({ kind: 'replace', value })),
  // A plausible string or date keeps many files valid, so plan and apply run too.
  fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())).map((value): Op => ({ kind: 'replace', value })),
);

const structuralMutation = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), opArb)
  .map(([steps, op]) => JSON.stringify(mutateAt(JSON.parse(validText), steps, op), null, 2) ?? '');

const textMutation = fc.oneof(
  fc.nat().map((n) => validText.slice(0, n % validText.length)),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([n, s]) => {
    const i = n % validText.length;
    return validText.slice(0, i) + s + validText.slice(i + s.length);
  }),
);

/** Edits that keep the file valid, so conflicts, copies and replacements get exercised. */
const plausibleEdit = fc
  .tuple(
    fc.nat(),
    fc.oneof(
      fc.record({ field: fc.constantFrom('title', 'recorder'), value: fc.string() }),
      fc.record({ field: fc.constantFrom('updatedAt', 'detectedAt'), value: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) }),
      fc.record({ field: fc.constant('status'), value: fc.constantFrom('active', 'completed') }),
      fc.record({ field: fc.constant('id'), value: fc.uuid() }),
    ),
  )
  .map(([n, { field, value }]) => {
    const file = JSON.parse(validText) as { incidents: Record<string, unknown>[]; activity: { incidentId: string }[] };
    const row = file.incidents[n % file.incidents.length]!;
    if (field === 'id') for (const entry of file.activity) if (entry.incidentId === row.id) entry.incidentId = value;
    row[field] = value;
    return JSON.stringify(file);
  });

// ---- the property -------------------------------------------------------------------

const decisionsArb = fc.array(fc.constantFrom<ImportDecision>('keepNewer', 'keepBoth', 'skip'), { minLength: 1, maxLength: 4 });

async function feed(text: string, picks: ImportDecision[]) {
  const before = await dump();
  const parsed = parseTransferText(text);
  if (parsed.ok) {
    const plan = await planImport(parsed.file);
    const decisions = Object.fromEntries(plan.items.map((item, i) => [item.id, picks[i % picks.length]!]));
    const summary = await applyImport(parsed.file, decisions);
    expect(Object.values(summary).reduce((a, b) => a + b, 0)).toBe(plan.items.length);
    if (picks.every((p) => p === 'skip')) expect(await dump()).toEqual(before);
    expect((await exportIncidents()).skipped).toEqual({ incidents: [], activity: 0 }); // nothing unreadable was stored
    return;
  }
  expect(typeof parsed.error).toBe('string');
  expect(await dump()).toEqual(before);
  // The db layer checks for itself: handed the raw value, it refuses (and writes nothing) or accepts.
  let raw: unknown = text;
  try {
    raw = JSON.parse(text);
  } catch {
    // not JSON: hand over the string itself
  }
  try {
    await applyImport(raw as TransferData, {});
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(await dump()).toEqual(before);
  }
}

describe('import fuzzing', () => {
  it('survives mutations deep inside a valid export', async () => {
    await fc.assert(fc.asyncProperty(structuralMutation, decisionsArb, feed), { numRuns: 150 });
  }, 60_000);

  it('imports plausible edits as conflicts, copies and replacements', async () => {
    await fc.assert(fc.asyncProperty(plausibleEdit, decisionsArb, feed), { numRuns: 100 });
  }, 60_000);

  it('survives cut-off and overwritten text', async () => {
    await fc.assert(fc.asyncProperty(textMutation, decisionsArb, feed), { numRuns: 100 });
  }, 60_000);

  it('survives random JSON values and random strings', async () => {
    const arb = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify({ format: 'incident-checklist-export', formatVersion: 1, exportedAt: '2026-11-26T00:00:00Z', app: { checklistVersion: 1 }, incidents: [v], activity: [] })),
    );
    await fc.assert(fc.asyncProperty(arb, decisionsArb, feed), { numRuns: 100 });
  }, 60_000);

  it('leaves the seeded incidents readable after all that', async () => {
    expect((await exportIncidents()).skipped).toEqual({ incidents: [], activity: 0 });
  });
});
