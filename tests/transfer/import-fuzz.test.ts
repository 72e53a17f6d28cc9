/**
 * Whatever file arrives — random JSON, random text, or a valid export with one
 * thing broken deep inside, cut short or with characters flipped, or a
 * hostile value (too long, a date that is not ISO, a key the app does not
 * write, __proto__, nesting around the bound, half a surrogate pair) — parse →
 * plan → apply never throws anything unexpected, and either:
 *   - the file is refused, with a message in each language made of that
 *     language's words only, and the database is exactly as it was; or
 *   - what it stored is what the app's own writes store: the same title,
 *     answers and reasons written again through createIncident, saveAnswers
 *     and setNotApplicable come back unchanged, and every date is in the form
 *     the app writes.
 */
import fc from 'fast-check';
import i18next from 'i18next';
import { emptyValue } from '@/checklist/kinds';
import { keys } from '@/checklist/i18n-keys';
import { allItems, findItem } from '@/checklist/lookup';
import type { ActionValue, AnswerValue, ApprovalValue, Item, TableRow } from '@/checklist/types';
import { db } from '@/db/db';
import { createIncident, getIncident, ValidationError } from '@/db/incidents';
import { completeIncident, saveAnswers, setNotApplicable, setRecorder } from '@/db/save';
import { applyImport, exportIncidents, planImport, type ImportDecision, type TransferData } from '@/db/transfer';
import type { IncidentRow } from '@/db/types';
import { parseTransferText, serializeExport, type ParseResult } from '@/features/transfer/format';
import { describeProblem } from '@/features/transfer/problem-text';
import { deepEqual } from '@/lib/equal';
import { resetDb } from '../render-app';
import { makeBaseFile, nested } from './hostile-file';

async function dump() {
  return { incidents: await db.incidents.toArray(), activity: await db.activity.toArray() };
}

let validText = '';
/** One incident with every kind of answer: the material of the hostile values. */
let richText = '';

beforeAll(async () => {
  richText = JSON.stringify(await makeBaseFile());
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

/** Values a hostile file puts where the app writes something else. */
const BAD_DATES = ['0', '-1', '26 Nov 2026', '2026-13-40T10:00:00Z', '2026-02-30T10:00:00Z', '2026-11-26', '2026-11-26T10:00:00', 'x', ''];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...BAD_DATES, '2026-11-26T10:00:00+09:00', '2026-11-26T01:00:00.000Z', '2024-02-29'),
  fc
    .tuple(fc.constantFrom(99, 100, 101, 199, 200, 201, 299, 300, 301, 1999, 2000, 2001, 19_999, 20_000, 20_001), fc.constantFrom('あ', 'x', ' ', '😀'))
    .map(([n, c]) => c.repeat(n)),
  fc.string().map((s) => `  ${s}  `),
  fc.constantFrom('\ud800', 'a\udc00b', '\u202Eabc', 'constructor', '__proto__', 'other', 'yes', 'unknown'),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 55, max: 70 }).map((depth) => nested(depth)),
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'note', 'value', 'na', 'cells', 'preset'), fc.string({ maxLength: 8 }));

type HostileOp = { kind: 'set'; value: unknown } | { kind: 'addKey'; key: string; value: unknown };

/** Walks down `steps` (as mutateAt does), then sets the value there or adds an own key (even "__proto__") to the object there. */
function hostileAt(root: unknown, steps: number[], op: HostileOp): unknown {
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
  const define = (target: object, k: string | number, value: unknown) =>
    Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true });
  if (op.kind === 'addKey') {
    const target = typeof node === 'object' && node !== null && !Array.isArray(node) ? node : parent;
    if (target && !Array.isArray(target)) define(target, op.key, op.value);
  } else if (parent) define(parent, key, op.value);
  return copy;
}

const hostileOp: fc.Arbitrary<HostileOp> = fc.oneof(
  hostileValue.map((value): HostileOp => ({ kind: 'set', value })),
  fc.tuple(hostileKey, hostileValue).map(([key, value]): HostileOp => ({ kind: 'addKey', key, value })),
);
/** Mostly under incidents[0] (steps start 1, 0: the file's keys are format, formatVersion, exportedAt, app, incidents, activity). */
const hostileMutation = fc
  .tuple(fc.oneof(fc.constant([4, 0]), fc.constant([5]), fc.constant([])), fc.array(fc.nat(), { minLength: 0, maxLength: 7 }), hostileOp)
  .map(([prefix, steps, op]) => JSON.stringify(hostileAt(JSON.parse(richText), [...prefix, ...steps], op)));

// ---- the property -------------------------------------------------------------------

/** The checklist's own words in Japanese, some with Latin letters of their own (LAN, Wi-Fi, VPN…), longest first. */
let labelCache: string[] | undefined;
const jaLabels = () => {
  const t = i18next.getFixedT('ja');
  labelCache ??= allItems()
    .flatMap((item) => [t(keys.itemLabel(item.id)), ...(item.kind === 'table' ? item.columns.map((column) => t(keys.column(item.id, column.id))) : [])])
    .sort((a, b) => b.length - a.length);
  return labelCache;
};

/** A refusal is worded in each language from that language's words only: no zod English, no missing key. */
function expectTranslated(parsed: Extract<ParseResult, { ok: false }>) {
  for (const lng of ['ja', 'en'] as const) {
    expect(i18next.exists(`transfer.errors.${parsed.error}`, { lng }), parsed.error).toBe(true);
    const t = i18next.getFixedT(lng);
    for (const problem of parsed.problems ?? []) {
      const own = describeProblem(problem, t, lng).text.replace(/\uE000\d+\uE001/g, '');
      // Key names (transfer.errors…), not a sentence that ends in “checklist.”.
      expect(own, JSON.stringify(problem)).not.toMatch(/\b(?:transfer|validation|checklist)\.[a-zA-Z]|Invalid input|expected|received/);
      const ownWords = jaLabels().reduce((text, label) => text.split(label).join(''), own.replace(/ID/g, ''));
      if (lng === 'ja') expect(ownWords, JSON.stringify(problem)).not.toMatch(/[A-Za-z]/);
      else expect(own, JSON.stringify(problem)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]/);
    }
  }
}

/** In the form the app writes dates (nowIso, or a date-time input turned into it). */
const written = (iso: string | undefined) => iso === undefined || (iso !== '' && new Date(iso).toISOString() === iso);
const writtenOrEmpty = (iso: string) => iso === '' || written(iso);

function valueDates(item: Item, value: AnswerValue): string[] {
  switch (item.kind) {
    case 'datetime':
      return [value as string];
    case 'action':
      return [(value as ActionValue).occurredAt];
    case 'approval':
      return [(value as ApprovalValue).at];
    case 'table':
      return (value as TableRow[]).flatMap((row) => item.columns.filter((c) => c.kind === 'datetime').map((c) => row.cells[c.id] ?? ''));
    default:
      return [];
  }
}

/** What import stored, written again through the app's own functions, comes back the same. Returns the typed incident's id. */
async function expectTypable(row: IncidentRow): Promise<string> {
  expect([row.createdAt, row.updatedAt, row.completedAt].every(written), row.id).toBe(true);
  const typed = await createIncident({ title: row.title, detectedAt: row.detectedAt, recorder: row.recorder });
  expect({ title: typed.title, detectedAt: typed.detectedAt, recorder: typed.recorder }).toEqual({
    title: row.title,
    detectedAt: row.detectedAt,
    recorder: row.recorder,
  });
  for (const [itemId, answer] of Object.entries(row.answers)) {
    const item = findItem(itemId);
    if (!item) continue; // another checklist version's item: no input to type it with
    expect(written(answer.updatedAt), `${itemId}.updatedAt`).toBe(true);
    if (answer.value !== undefined) expect(valueDates(item, answer.value).every(writtenOrEmpty), itemId).toBe(true);
    if (answer.value !== undefined && !deepEqual(answer.value, emptyValue(item))) {
      await saveAnswers(typed.id, [{ itemId, value: answer.value }], answer.updatedBy);
    }
    if (answer.na !== undefined) await setNotApplicable(typed.id, itemId, answer.na, answer.updatedBy);
    const again = await getIncident(typed.id);
    const stored = again?.ok ? again.incident.answers[itemId] : undefined;
    if (!stored) continue; // an empty value and no reason: nothing to write (typing it and clearing it stores the same)
    const value = answer.value !== undefined && deepEqual(answer.value, emptyValue(item)) ? undefined : answer.value;
    expect({ value: stored.value, na: stored.na, by: stored.updatedBy }, itemId).toEqual({ value, na: answer.na, by: answer.updatedBy });
  }
  return typed.id;
}

/** Rows added or changed since `before`. */
async function changedRows(before: Awaited<ReturnType<typeof dump>>) {
  const old = new Map(before.incidents.map((row) => [row.id, row]));
  return (await db.incidents.toArray()).filter((row) => !deepEqual(old.get(row.id), row));
}

async function expectLogTypable(before: Awaited<ReturnType<typeof dump>>, typedId: string | undefined) {
  const known = new Set(before.activity.map((entry) => entry.id));
  for (const entry of (await db.activity.toArray()).filter((e) => !known.has(e.id))) {
    expect([entry.recordedAt, entry.occurredAt].every(written), JSON.stringify(entry)).toBe(true);
    // An empty name is not typed (taking over asks for one); incidents of older versions have it.
    if (typedId && entry.recorder !== '') expect((await setRecorder(typedId, entry.recorder)).recorder).toBe(entry.recorder);
  }
}

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
    await expectStoredTypable(before);
    return;
  }
  expect(typeof parsed.error).toBe('string');
  expectTranslated(parsed);
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
    return;
  }
  // Refused only for its envelope or header (format, version, exportedAt…): the rows themselves were fine.
  expect((parsed.problems ?? []).filter((p) => p.path[0] === 'incidents' || p.path[0] === 'activity')).toEqual([]);
  await expectStoredTypable(before);
}

async function expectStoredTypable(before: Awaited<ReturnType<typeof dump>>) {
  let typedId: string | undefined;
  for (const row of await changedRows(before)) typedId = await expectTypable(row);
  await expectLogTypable(before, typedId);
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

  it('refuses hostile values with a message in each language, or stores only what typing stores', async () => {
    await fc.assert(fc.asyncProperty(hostileMutation, decisionsArb, feed), { numRuns: 300 });
  }, 120_000);

  it('leaves the seeded incidents readable after all that', async () => {
    expect((await exportIncidents()).skipped).toEqual({ incidents: [], activity: 0 });
  });
});
