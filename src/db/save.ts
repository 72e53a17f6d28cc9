/**
 * Every change to a stored incident: what is typed (saveChanges, through the
 * save queue), completing and reopening. Loaded with the wizard, not on the
 * first screen (the list reads through ./incidents.ts).
 *
 * Each write is one 'rw' transaction over the incident, its log and the
 * search index: the row change and its log entries are stored together or
 * not at all. Writes touch only the fields they are given, so two tabs
 * editing different items of one incident never overwrite each other.
 */
import { Dexie } from 'dexie';
import type * as z from 'zod/mini';
import { emptyValue } from '@/checklist/kinds';
import { findItem } from '@/checklist/lookup';
import { cachedValueSchema, isoDateTimeSchema, naDraftSchema, naReasonSchema, newRecorderSchema, recorderSchema, titleSchema } from '@/checklist/schema';
import type { ActionValue, Answer, AnswerValue, Item } from '@/checklist/types';
import { nowIso } from '@/lib/dates';
import { deepEqual } from '@/lib/equal';
import { changeKey, type Change, type WriteContext } from './changes';
import { db, searchTables } from './db';
import { ReadOnlyError, ValidationError } from './errors';
import { rememberRecorder } from './drafts';
import { parseInput, translatable, writable, written } from './rows';
import { updateSearchIndex } from './search-index';
import type { ActivityEntry, IncidentRow } from './types';

export { changeKey, type Change, type WriteContext } from './changes';

/** Who writes: may be empty on incidents of older versions. */
const bySchema = recorderSchema;
const detectedAtSchema = isoDateTimeSchema;

export type IncidentMeta = { title?: string; detectedAt?: string };
export type AnswerChange = { itemId: string; value: AnswerValue };

/**
 * Everything a user types into an incident goes through here: answers, 対象外
 * reasons (confirmed or still a draft), the recorder, the title and the
 * detected-at time. Several changes are written in one transaction.
 *
 * `base` is what the writer last saw stored for that field. When the stored
 * value has since been changed by someone else (another tab, a journal
 * replay) to something else again, the write still goes through, but nothing
 * is lost: the log line is never merged into another, and an answer keeps the
 * value it replaced in `overwritten`, shown beside the item until someone
 * looks at it (see `dismissOverwrite`).
 */
export async function saveChanges(id: string, changes: Change[], ctx: WriteContext): Promise<IncidentRow> {
  const by = parseInput(bySchema, ctx.recorder);
  const tab = ctx.tab;
  const checked = checkChanges(changes);
  const recorder = checked.findLast((c) => c.kind === 'recorder');
  const stored = await writeIncident(id, { editable: true }, (row, now) => {
    const patch: Record<string, unknown> = {};
    const log: NewEntry[] = [];
    let conflict = false;
    let meta: IncidentMeta | undefined;
    const answers = { ...row.answers };
    const setAnswer = (itemId: string, answer: Answer) => (answers[itemId] = patch[`answers.${itemId}`] = answer);
    for (const change of checked) {
      const stored = storedField(row, answers, change);
      const next = fieldValue(change);
      if (deepEqual(stored, next)) continue;
      const overwrites = 'base' in change && change.base !== undefined && !deepEqual(stored, change.base);
      conflict ||= overwrites;
      switch (change.kind) {
        case 'answer': {
          const { item, value } = change;
          const previous = answers[item.id];
          const overwritten = overwrites && previous ? { value: stored as AnswerValue, by: previous.updatedBy, at: previous.updatedAt } : previous?.overwritten;
          setAnswer(item.id, { ...answerOf(value, previous?.na, now, by), ...(previous?.naDraft !== undefined && { naDraft: previous.naDraft }), ...(overwritten && { overwritten }) });
          log.push({ kind: 'answer', itemId: item.id, value, recorder: by, ...occurredAt(item, value) });
          break;
        }
        case 'na': {
          const { naDraft: _draft, na: _na, ...rest } = answers[change.itemId] ?? {};
          setAnswer(change.itemId, { ...rest, ...(change.reason !== null && { na: change.reason }), updatedAt: now, updatedBy: by });
          log.push(change.reason === null ? { kind: 'naCleared', itemId: change.itemId, recorder: by } : { kind: 'na', itemId: change.itemId, reason: change.reason, recorder: by });
          break;
        }
        case 'naDraft': {
          // Working state, not part of the record: stored so that nothing typed is lost, but not logged.
          const { naDraft: _draft, ...rest } = answers[change.itemId] ?? { updatedAt: now, updatedBy: by };
          setAnswer(change.itemId, { ...rest, ...(change.text !== '' && { naDraft: change.text }) });
          break;
        }
        case 'dismissOverwrite': {
          const previous = answers[change.itemId];
          if (!previous?.overwritten) break;
          const { overwritten, ...rest } = previous;
          setAnswer(change.itemId, rest);
          log.push({ kind: 'overwriteSeen', itemId: change.itemId, value: overwritten.value, recorder: by });
          break;
        }
        case 'recorder':
          patch.recorder = change.name;
          log.push({ kind: 'recorder', value: change.name, recorder: change.name });
          break;
        case 'title':
        case 'detectedAt':
          patch[change.kind] = next;
          meta = { ...meta, [change.kind]: next };
          break;
      }
    }
    if (meta) log.push({ kind: 'meta', value: meta, recorder: by });
    if (Object.keys(patch).length === 0) return null;
    return { patch, log: log.map((entry) => ({ ...entry, ...(tab !== undefined && { tab }) })), merge: !conflict };
  });
  if (recorder) await rememberRecorder(recorder.name).catch(() => undefined);
  return stored;
}

/** Marks the overwritten value beside an answer as seen; the log keeps it. */
export function dismissOverwrite(id: string, itemId: string, ctx: WriteContext): Promise<IncidentRow> {
  return saveChanges(id, [{ kind: 'dismissOverwrite', itemId }], ctx);
}

export async function saveAnswers(id: string, changes: AnswerChange[], recorder: string, tab?: string): Promise<IncidentRow> {
  return saveChanges(id, changes.map((c) => ({ kind: 'answer' as const, ...c })), { recorder, tab });
}

/** A reason marks the item 対象外; null clears the mark. The value is kept either way. */
export async function setNotApplicable(id: string, itemId: string, reason: string | null, recorder: string): Promise<IncidentRow> {
  return saveChanges(id, [{ kind: 'na', itemId, reason }], { recorder });
}

export async function setRecorder(id: string, name: string): Promise<IncidentRow> {
  return saveChanges(id, [{ kind: 'recorder', name }], { recorder: name });
}

export async function updateIncidentMeta(id: string, meta: IncidentMeta, recorder: string): Promise<IncidentRow> {
  const changes: Change[] = [];
  if (meta.title !== undefined) changes.push({ kind: 'title', title: meta.title });
  if (meta.detectedAt !== undefined) changes.push({ kind: 'detectedAt', detectedAt: meta.detectedAt });
  return saveChanges(id, changes, { recorder });
}

/** Marks the record finished and read-only. Open items stay open. */
export async function completeIncident(id: string, recorder: string): Promise<IncidentRow> {
  const by = parseInput(bySchema, recorder);
  return writeIncident(id, { editable: false }, (row, now) =>
    row.status === 'completed' ? null : { patch: { status: 'completed', completedAt: now }, log: [{ kind: 'completed', recorder: by }] },
  );
}

export async function reopenIncident(id: string, recorder: string): Promise<IncidentRow> {
  const by = parseInput(bySchema, recorder);
  return writeIncident(id, { editable: false }, (row) =>
    // Dexie deletes a property updated to undefined.
    row.status === 'active' ? null : { patch: { status: 'active', completedAt: undefined }, log: [{ kind: 'reopened', recorder: by }] },
  );
}

// ---- internals ---------------------------------------------------------------

type NewEntry = Omit<ActivityEntry, 'id' | 'incidentId' | 'recordedAt'>;
/** `merge: false` keeps the log line apart even when it continues the same person's typing. */
type Edit = { patch: Record<string, unknown>; log: NewEntry[]; merge?: boolean } | null;

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
    const row = writable(id, raw);
    if (opts.editable && row.status === 'completed') throw new ReadOnlyError(id);
    const now = nowIso();
    const edit = plan(row, now);
    if (!edit) return row;
    // Patches set top-level fields and whole answers ('answers.<id>'): copying two levels is enough.
    const source = raw as Record<string, unknown>;
    const next: Record<string, unknown> = { ...source, answers: { ...(source.answers as object) } };
    const answerIds: string[] = [];
    for (const [keyPath, value] of Object.entries({ ...edit.patch, updatedAt: now })) {
      if (keyPath.startsWith('answers.')) answerIds.push(keyPath.slice('answers.'.length));
      // As Dexie's update() does: a dotted path sets a nested field, undefined deletes it.
      if (value === undefined) Dexie.delByKeyPath(next, keyPath);
      else Dexie.setByKeyPath(next, keyPath, value);
    }
    const stored = written(id, next, answerIds);
    const log = edit.log.map((entry) => ({ ...entry, incidentId: id, recordedAt: now }));
    const typing = edit.merge !== false && log.length === 1 && typingContinues(lastEntry, log[0]!);
    const merged = typing && log[0]!.kind === 'meta' ? { ...(lastEntry!.value as object), ...(log[0]!.value as object) } : log[0]?.value;
    await Promise.all([
      db.incidents.put(next as IncidentRow),
      typing ? db.activity.put({ ...lastEntry!, ...log[0]!, id: lastEntry!.id, value: merged, recordedAt: now }) : db.activity.bulkAdd(log),
      updateSearchIndex(searchTables(), [{ id, row: stored }]),
    ]);
    return stored;
  });
}

/** Edits of one answer closer together than this are one line of the log. */
const TYPING_PAUSE_MS = 60_000;

/**
 * Answers (and the recorder, title and detected-at) are saved as they are
 * typed, keystroke by keystroke. So that the log reads "answered X at T"
 * rather than one line per character, a new value of the same field from the
 * same tab by the same person, following the log's last line within
 * TYPING_PAUSE_MS, replaces that line's value and time. A value written by
 * another tab or person always gets a line of its own, so every distinct
 * value anyone wrote stays in the log. Ticks of action items always get a
 * line of their own: each is something that happened.
 */
function typingContinues(last: ActivityEntry | undefined, entry: ActivityEntry): boolean {
  if (!last || last.kind !== entry.kind || last.tab !== entry.tab) return false;
  if (Date.parse(entry.recordedAt) - Date.parse(last.recordedAt) >= TYPING_PAUSE_MS) return false;
  switch (entry.kind) {
    case 'answer':
      return entry.itemId !== undefined && findItem(entry.itemId)?.kind !== 'action' && last.itemId === entry.itemId && last.recorder === entry.recorder;
    case 'recorder':
      return true; // its `recorder` is the name being typed
    case 'meta':
      return last.recorder === entry.recorder;
    default:
      return false;
  }
}

function lastActivity(incidentId: string): Promise<ActivityEntry | undefined> {
  return db.activity.where('[incidentId+id]').between([incidentId, -Infinity], [incidentId, Infinity]).last();
}

type CheckedChange =
  | (Extract<Change, { kind: 'answer' }> & { item: Item })
  | Exclude<Change, { kind: 'answer' }>;

/** Every change checked against the rules of its input; nothing is written unless all pass. */
function checkChanges(changes: Change[]): CheckedChange[] {
  const fields: Record<string, string> = {};
  const fail = (key: string, message: string | undefined) => (fields[key] ??= translatable(message));
  const checked = changes.flatMap((change): CheckedChange[] => {
    // Answers are reported under their item id, everything else under its change key.
    const key = change.kind === 'answer' ? change.itemId : changeKey(change);
    const check = <T,>(schema: z.ZodMiniType<T>, input: unknown, ok: (value: T) => CheckedChange): CheckedChange[] => {
      const result = schema.safeParse(input);
      if (result.success) return [ok(result.data)];
      fail(key, result.error.issues[0]?.message);
      return [];
    };
    if ('itemId' in change && !findItem(change.itemId)) {
      fail(key, 'validation.unknownItem');
      return [];
    }
    switch (change.kind) {
      case 'answer': {
        const item = findItem(change.itemId)!;
        return check(cachedValueSchema(item), change.value, (value) => ({ ...change, item, value }));
      }
      case 'na':
        return change.reason === null ? [change] : check(naReasonSchema, change.reason, (reason) => ({ ...change, reason }));
      case 'naDraft':
        return check(naDraftSchema, change.text, (text) => ({ ...change, text }));
      case 'recorder':
        return check(newRecorderSchema, change.name, (name) => ({ ...change, name }));
      case 'title':
        return check(titleSchema, change.title, (title) => ({ ...change, title }));
      case 'detectedAt':
        return check(detectedAtSchema, change.detectedAt, (detectedAt) => ({ ...change, detectedAt }));
      case 'dismissOverwrite':
        return [change];
    }
  });
  if (Object.keys(fields).length > 0) throw new ValidationError([...new Set(Object.values(fields))], fields);
  return checked;
}

/** What the row stores for the field a change writes (for a writer's next `base`). */
export function storedValue(row: IncidentRow, change: Change): unknown {
  if (change.kind !== 'answer') return storedField(row, row.answers, change);
  const item = findItem(change.itemId);
  return item ? (row.answers[item.id]?.value ?? emptyValue(item)) : undefined;
}

/** What is stored now for the field a change writes (answers as changed so far in this write). */
function storedField(row: IncidentRow, answers: Record<string, Answer | undefined>, change: CheckedChange | Exclude<Change, { kind: 'answer' }>): unknown {
  switch (change.kind) {
    case 'answer':
      return answers[change.item.id]?.value ?? emptyValue(change.item);
    case 'na':
      // Marking or clearing also drops a draft: the same mark with a draft left is still a change.
      return [answers[change.itemId]?.na ?? null, answers[change.itemId]?.naDraft ?? ''];
    case 'naDraft':
      return answers[change.itemId]?.naDraft ?? '';
    case 'dismissOverwrite':
      return answers[change.itemId]?.overwritten === undefined;
    case 'recorder':
      return row.recorder;
    case 'title':
      return row.title;
    case 'detectedAt':
      return row.detectedAt;
  }
}

/** The value a change writes, comparable with storedField. */
function fieldValue(change: CheckedChange): unknown {
  switch (change.kind) {
    case 'answer':
      return change.value;
    case 'na':
      return [change.reason, ''];
    case 'naDraft':
      return change.text;
    case 'dismissOverwrite':
      return true;
    case 'recorder':
      return change.name;
    case 'title':
      return change.title;
    case 'detectedAt':
      return change.detectedAt;
  }
}


function answerOf(value: AnswerValue | undefined, na: string | undefined, now: string, by: string): Answer {
  return { ...(value !== undefined && { value }), ...(na !== undefined && { na }), updatedAt: now, updatedBy: by };
}

function occurredAt(item: Item, value: AnswerValue): { occurredAt?: string } {
  if (item.kind !== 'action') return {};
  const action = value as ActionValue;
  return action.done && action.occurredAt !== '' ? { occurredAt: action.occurredAt } : {};
}

