/**
 * Every read and write of incidents and their activity log. Components call
 * only these functions and the hooks in ./hooks.ts.
 *
 * Each write is one 'rw' transaction over both tables: the row change and its
 * log entries are stored together or not at all. Writes touch only the items
 * they are given, so two tabs editing different items of one incident never
 * overwrite each other.
 */
import { Dexie } from 'dexie';
import * as z from 'zod/mini';
import { emptyValue } from '@/checklist/defaults';
import { checklist } from '@/checklist/definition';
import { findItem } from '@/checklist/lookup';
import { cachedValueSchema } from '@/checklist/schema';
import type { ActionValue, Answer, AnswerValue, Item } from '@/checklist/types';
import { nowIso } from '@/lib/dates';
import { deepEqual } from '@/lib/equal';
import { db, searchTables } from './db';
import { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError } from './errors';
import { candidates, confirmById, confirmByNumber, searchTerms, updateSearchIndex } from './search-index';
import { incidentRowSchema, type ActivityEntry, type IncidentRow, type LoadResult } from './types';

export { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError } from './errors';
export { incidentText } from './search';
export { onUpgradeElsewhere, openDatabase } from './db';
export type { ActivityEntry, IncidentRow, LoadResult } from './types';

const titleSchema = z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(200, 'validation.tooLong'));
const detectedAtSchema = z.pipe(
  z.iso.datetime({ offset: true, error: 'validation.invalidDate' }),
  z.transform((s: string) => new Date(s).toISOString()), // one format, so dates sort as strings too
);
const recorderSchema = z.string().check(z.trim(), z.maxLength(100, 'validation.tooLong'));
const naReasonSchema = z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(2000, 'validation.tooLong'));
const createSchema = z.object({ title: titleSchema, detectedAt: detectedAtSchema, recorder: recorderSchema });
const metaSchema = z.object({ title: z.optional(titleSchema), detectedAt: z.optional(detectedAtSchema) });

export type IncidentMeta = { title?: string; detectedAt?: string };
export type AnswerChange = { itemId: string; value: AnswerValue };

export async function createIncident(input: { title: string; detectedAt: string; recorder: string }): Promise<IncidentRow> {
  const { title, detectedAt, recorder } = parseInput(createSchema, input);
  const now = nowIso();
  const row: IncidentRow = {
    id: crypto.randomUUID(),
    checklistVersion: checklist.version,
    title,
    detectedAt,
    recorder,
    status: 'active',
    createdAt: now,
    updatedAt: now,
    answers: {},
  };
  await db.transaction('rw', [db.incidents, db.activity, db.searchDocs, db.searchGrams], async () => {
    await db.incidents.add(row);
    await db.activity.add({ incidentId: row.id, kind: 'created', value: { title, detectedAt }, recordedAt: now, recorder });
    await updateSearchIndex(searchTables(), [{ id: row.id, row }]);
  });
  return row;
}

export async function getIncident(id: string): Promise<LoadResult | undefined> {
  const raw: unknown = await db.incidents.get(id);
  return raw === undefined ? undefined : toLoadResult(id, raw);
}

/** One page of the incident list. */
export type IncidentPage = {
  results: LoadResult[];
  /** More incidents follow this page. */
  more: boolean;
};

export const PAGE_SIZE = 50;

/**
 * Newest detection first, at most `limit` of them. Without a query, rows the
 * list index cannot order (unreadable ones) come after all others. With a
 * query, only readable incidents whose title or typed answers contain every
 * term (see search-index.ts).
 */
export async function listIncidentPage(query = '', limit = PAGE_SIZE): Promise<IncidentPage> {
  const terms = searchTerms(query);
  return terms.length === 0 ? browsePage(limit) : searchPage(terms, limit);
}

/** Every incident (or every match), newest first. */
export async function listIncidents(query = ''): Promise<LoadResult[]> {
  return (await listIncidentPage(query, Infinity)).results;
}

/** How many incidents are stored. (IndexedDB counts by reading: keep it off the first paint.) */
export async function countIncidents(): Promise<number> {
  return db.incidents.count();
}

/** Rows whose detectedAt is an ISO date (it starts with a digit), newest first. */
const byDetection = () =>
  db.incidents.where('[detectedAt+createdAt]').between(['0', Dexie.minKey], [':', Dexie.maxKey]).reverse();

async function browsePage(limit: number): Promise<IncidentPage> {
  // One more than the page, to know whether more follow.
  const rows: unknown[] = await byDetection().limit(limit + 1).toArray();
  const results = rows.slice(0, limit).map((raw) => toLoadResult(rowId(raw), raw));
  if (rows.length > limit) return { results, more: true };
  // The last page: rows without a usable detectedAt/createdAt are not in the index.
  const indexed = new Set(await byDetection().primaryKeys());
  const missing = (await db.incidents.toCollection().primaryKeys()).filter((id) => !indexed.has(id)).sort();
  const room = limit - results.length;
  const raws: unknown[] = await db.incidents.bulkGet(missing.slice(0, room));
  return { results: [...results, ...raws.map((raw, i) => toLoadResult(missing[i]!, raw))], more: missing.length > room };
}

/** Up to this many candidates are confirmed all at once; beyond, the list is walked in order. */
const DIRECT_CANDIDATES = 1000;

async function searchPage(terms: string[], limit: number): Promise<IncidentPage> {
  const tables = searchTables();
  const nos = await candidates(tables, terms);
  let found: string[];
  if (nos.length <= DIRECT_CANDIDATES) {
    found = (await confirmByNumber(tables, nos, terms)).map((doc) => doc.id);
  } else {
    // A common word: walk the list newest first until one more than the page has turned up.
    const wanted = new Set(nos);
    found = [];
    for (let offset = 0; found.length <= limit; offset += WALK_CHUNK) {
      const ids = await byDetection().offset(offset).limit(WALK_CHUNK).primaryKeys();
      found.push(...(await confirmById(tables, ids, wanted, terms)));
      if (ids.length < WALK_CHUNK) break;
    }
  }
  const page = found.slice(0, limit);
  const raws: unknown[] = await db.incidents.bulkGet(page);
  const results = raws.flatMap((raw, i) => {
    const result = raw === undefined ? null : toLoadResult(page[i]!, raw);
    return result?.ok ? [result] : [];
  });
  return { results, more: found.length > limit };
}

const WALK_CHUNK = 200;

export async function saveAnswers(id: string, changes: AnswerChange[], recorder: string): Promise<IncidentRow> {
  const by = parseInput(recorderSchema, recorder);
  const checked = checkChanges(changes);
  return writeIncident(id, { editable: true }, (row, now) => {
    const answers = { ...row.answers };
    const patch: Record<string, unknown> = {};
    const log: NewEntry[] = [];
    for (const { item, value } of checked) {
      const previous = answers[item.id];
      if (deepEqual(previous?.value ?? emptyValue(item), value)) continue;
      answers[item.id] = patch[`answers.${item.id}`] = answerOf(value, previous?.na, now, by);
      log.push({ kind: 'answer', itemId: item.id, value, recorder: by, ...occurredAt(item, value) });
    }
    return log.length === 0 ? null : { patch, log };
  });
}

/** A reason marks the item 対象外; null clears the mark. The value is kept either way. */
export async function setNotApplicable(id: string, itemId: string, reason: string | null, recorder: string): Promise<IncidentRow> {
  const item = knownItem(itemId);
  const na = reason === null ? undefined : parseInput(naReasonSchema, reason);
  const by = parseInput(recorderSchema, recorder);
  return writeIncident(id, { editable: true }, (row, now) => {
    const previous = row.answers[item.id];
    if (previous?.na === na) return null;
    return {
      patch: { [`answers.${item.id}`]: answerOf(previous?.value, na, now, by) },
      log: [na === undefined ? { kind: 'naCleared', itemId, recorder: by } : { kind: 'na', itemId, reason: na, recorder: by }],
    };
  });
}

export async function setRecorder(id: string, name: string): Promise<IncidentRow> {
  const recorder = parseInput(recorderSchema, name);
  return writeIncident(id, { editable: true }, (row) =>
    row.recorder === recorder ? null : { patch: { recorder }, log: [{ kind: 'recorder', value: recorder, recorder }] },
  );
}

export async function updateIncidentMeta(id: string, meta: IncidentMeta, recorder: string): Promise<IncidentRow> {
  const input = parseInput(metaSchema, meta);
  const by = parseInput(recorderSchema, recorder);
  return writeIncident(id, { editable: true }, (row) => {
    const changed: IncidentMeta = {};
    if (input.title !== undefined && input.title !== row.title) changed.title = input.title;
    if (input.detectedAt !== undefined && input.detectedAt !== row.detectedAt) changed.detectedAt = input.detectedAt;
    if (Object.keys(changed).length === 0) return null;
    return { patch: changed, log: [{ kind: 'meta', value: changed, recorder: by }] };
  });
}

/** Marks the record finished and read-only. Open items stay open. */
export async function completeIncident(id: string, recorder: string): Promise<IncidentRow> {
  const by = parseInput(recorderSchema, recorder);
  return writeIncident(id, { editable: false }, (row, now) =>
    row.status === 'completed' ? null : { patch: { status: 'completed', completedAt: now }, log: [{ kind: 'completed', recorder: by }] },
  );
}

export async function reopenIncident(id: string, recorder: string): Promise<IncidentRow> {
  const by = parseInput(recorderSchema, recorder);
  return writeIncident(id, { editable: false }, (row) =>
    // Dexie deletes a property updated to undefined.
    row.status === 'active' ? null : { patch: { status: 'active', completedAt: undefined }, log: [{ kind: 'reopened', recorder: by }] },
  );
}

/** Oldest first, in the order the entries were written. */
export async function listActivity(incidentId: string): Promise<ActivityEntry[]> {
  return db.activity.where('[incidentId+id]').between([incidentId, -Infinity], [incidentId, Infinity]).toArray();
}

// ---- internals ---------------------------------------------------------------

type NewEntry = Omit<ActivityEntry, 'id' | 'incidentId' | 'recordedAt'>;
type Edit = { patch: Record<string, unknown>; log: NewEntry[] } | null;

/**
 * Reads the row, lets `plan` decide the change, writes it with its log entries
 * and returns the row as stored. A change that would leave the row unreadable
 * throws before anything is written, and the transaction rolls back.
 *
 * Answers are saved keystroke by keystroke, so this is the app's hottest
 * path: every read it needs is asked for at once, the new row is made in
 * memory (on the stored object, so fields this version does not know are
 * kept), and the writes go out together, so the transaction waits for
 * IndexedDB twice or three times rather than once per request.
 */
async function writeIncident(id: string, opts: { editable: boolean }, plan: (row: IncidentRow, now: string) => Edit): Promise<IncidentRow> {
  return db.transaction('rw', [db.incidents, db.activity, db.searchDocs, db.searchGrams], async () => {
    const [raw, lastEntry] = await Promise.all([db.incidents.get(id) as Promise<unknown>, lastActivity(id)]);
    const row = readable(id, raw);
    if (opts.editable && row.status === 'completed') throw new ReadOnlyError(id);
    const now = nowIso();
    const edit = plan(row, now);
    if (!edit) return row;
    const next = structuredClone(raw) as Record<string, unknown>;
    for (const [keyPath, value] of Object.entries({ ...edit.patch, updatedAt: now })) {
      // As Dexie's update() does: a dotted path sets a nested field, undefined deletes it.
      if (value === undefined) Dexie.delByKeyPath(next, keyPath);
      else Dexie.setByKeyPath(next, keyPath, value);
    }
    const stored = readable(id, next);
    const log = edit.log.map((entry) => ({ ...entry, incidentId: id, recordedAt: now }));
    const typing = log.length === 1 && typingContinues(lastEntry, log[0]!);
    await Promise.all([
      db.incidents.put(next as IncidentRow),
      typing ? db.activity.put({ ...lastEntry!, value: log[0]!.value, recordedAt: now }) : db.activity.bulkAdd(log),
      updateSearchIndex(searchTables(), [{ id, row: stored }]),
    ]);
    return stored;
  });
}

/** Edits of one answer closer together than this are one line of the log. */
const TYPING_PAUSE_MS = 60_000;

/**
 * Answers are saved as they are typed, keystroke by keystroke. So that the log
 * reads "answered X at T" rather than one line per character, a new value of
 * the same item by the same person, following the log's last line within
 * TYPING_PAUSE_MS, replaces that line's value and time. Ticks of action items
 * always get a line of their own: each is something that happened.
 */
function typingContinues(last: ActivityEntry | undefined, entry: ActivityEntry): boolean {
  if (entry.kind !== 'answer' || entry.itemId === undefined || findItem(entry.itemId)?.kind === 'action') return false;
  return (
    last?.kind === 'answer' &&
    last.itemId === entry.itemId &&
    last.recorder === entry.recorder &&
    Date.parse(entry.recordedAt) - Date.parse(last.recordedAt) < TYPING_PAUSE_MS
  );
}

function lastActivity(incidentId: string): Promise<ActivityEntry | undefined> {
  return db.activity.where('[incidentId+id]').between([incidentId, -Infinity], [incidentId, Infinity]).last();
}

/** The row as the app reads it, or why it cannot be written to. */
function readable(id: string, raw: unknown): IncidentRow {
  if (raw === undefined) throw new NotFoundError(id);
  const result = toLoadResult(id, raw);
  if (!result.ok) throw new CorruptRecordError(id, result.error);
  return result.incident;
}

function toLoadResult(id: string, raw: unknown): LoadResult {
  const result = incidentRowSchema.safeParse(raw);
  if (result.success) return { ok: true, incident: result.data };
  const reason = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
    .join('; ');
  return { ok: false, id, error: reason };
}

function rowId(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '';
}

function checkChanges(changes: AnswerChange[]): { item: Item; value: AnswerValue }[] {
  const fields: Record<string, string> = {};
  const checked = changes.flatMap(({ itemId, value }) => {
    const item = findItem(itemId);
    const result = item && cachedValueSchema(item).safeParse(value);
    if (item && result?.success) return [{ item, value: result.data }];
    fields[itemId] = result ? translatable(result.error?.issues[0]?.message) : 'validation.unknownItem';
    return [];
  });
  if (Object.keys(fields).length > 0) throw new ValidationError([...new Set(Object.values(fields))], fields);
  return checked;
}

function knownItem(itemId: string): Item {
  const item = findItem(itemId);
  if (!item) throw new ValidationError(['validation.unknownItem'], { [itemId]: 'validation.unknownItem' });
  return item;
}

function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.')] ??= translatable(issue.message);
  throw new ValidationError([...new Set(Object.values(fields))], fields);
}

/** zod's own messages (wrong type…) are English; the UI needs a key. */
function translatable(message: string | undefined): string {
  return message?.startsWith('validation.') ? message : 'validation.invalid';
}

function answerOf(value: AnswerValue | undefined, na: string | undefined, now: string, by: string): Answer {
  return { ...(value !== undefined && { value }), ...(na !== undefined && { na }), updatedAt: now, updatedBy: by };
}

function occurredAt(item: Item, value: AnswerValue): { occurredAt?: string } {
  if (item.kind !== 'action') return {};
  const action = value as ActionValue;
  return action.done && action.occurredAt !== '' ? { occurredAt: action.occurredAt } : {};
}

