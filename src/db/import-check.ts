/**
 * The check of an incoming file's rows (an import): they must be exactly what
 * the app's own inputs could have stored — the limits and formats of
 * src/checklist/schema.ts (strict*), no keys the app does not write, no
 * deeper nesting than MAX_DEPTH, no text that cannot have been typed. Stored
 * rows are read with the lenient schemas of ./types.ts instead, so data
 * written by older versions still opens.
 *
 * Unknown keys are refused, not stripped: a file is imported as it is or
 * not at all, and the refusal names the incident, the field and the key.
 * Problems carry paths and reasons, never words: the transfer page words
 * them in the user's language (src/features/transfer/problem-text.ts).
 */
import * as z from 'zod/mini';
import { withReportLogs } from '@/checklist/kinds/report-log-from-table';
import { findItem } from '@/checklist/lookup';
import { isoDateTimeSchema, LIMITS, naReasonSchema, recorderSchema, strictAnswerSchema, strictValueSchema, titleSchema } from '@/checklist/schema';
import type { Answer } from '@/checklist/types';
import { activityEntrySchema, incidentStatusSchema, type ActivityEntry, type IncidentRow } from './types';

/** Far above what the app writes (a table cell is 9 levels down in a file), far below what structured clone can take. */
export const MAX_DEPTH = 64;
/** Keys that must never reach an object of ours, wherever they are in a file. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Collecting stops here: the page shows the first few. */
const MAX_PROBLEMS = 20;

export type ProblemReason =
  | 'missing'
  | 'wrongType'
  | 'required'
  | 'tooLong'
  | 'tooManyRows'
  | 'invalidDate'
  | 'invalidChoice'
  | 'unknownOption'
  | 'unknownKey'
  | 'tooDeep'
  | 'badText'
  | 'invalidId'
  | 'duplicateId'
  | 'noSuchIncident'
  | 'invalid';

/** The incident a problem is in (or whose log entry it is): its place in the file, and its title and id when they are valid. */
export type IncidentLabel = { index: number; title?: string; id?: string };

export type ImportProblem = {
  /** From the file's root, e.g. ['incidents', 0, 'answers', 'incidentDescription', 'updatedAt']. */
  path: (string | number)[];
  reason: ProblemReason;
  /** The limit, for tooLong, tooManyRows and tooDeep. */
  max?: number;
  /** The key, for unknownKey and invalidId. */
  key?: string;
  incident?: IncidentLabel;
};

export type TransferRows = { incidents: IncidentRow[]; activity: ActivityEntry[] };
export type CheckResult = { ok: true; data: TransferRows } | { ok: false; issues: ImportProblem[] };

/** Incident ids are crypto.randomUUID(); anything of that alphabet and a sane length is taken. */
const incidentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/, 'invalidId'));
/** Item ids of the definition are camelCase; so are those of other checklist versions. */
const ITEM_ID = /^[a-z][A-Za-z0-9]{0,99}$/;

const rowSchema = z.strictObject({
  id: incidentIdSchema,
  checklistVersion: z.number().check(z.int(), z.positive()),
  title: titleSchema,
  detectedAt: isoDateTimeSchema,
  recorder: recorderSchema,
  status: incidentStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  completedAt: z.optional(isoDateTimeSchema),
  answers: z.record(z.string(), z.unknown()), // each one checked against its item below
});

/** The stored entry's own shape (so a field added there is taken here too), with the inputs' rules. */
const entrySchema = z.strictObject({
  ...activityEntrySchema.shape,
  recordedAt: isoDateTimeSchema,
  recorder: recorderSchema,
  reason: z.optional(naReasonSchema),
  occurredAt: z.optional(isoDateTimeSchema),
});

/** The value of a log entry, per kind, as the app writes it; kinds not listed carry values it cannot check. */
const entryValueSchemas: Partial<Record<ActivityEntry['kind'], z.ZodMiniType>> = {
  created: z.strictObject({ title: titleSchema, detectedAt: isoDateTimeSchema }),
  meta: z.strictObject({ title: z.optional(titleSchema), detectedAt: z.optional(isoDateTimeSchema) }),
  recorder: recorderSchema,
};

/**
 * Checks and normalizes (trimmed, dates in UTC) every row, as typing them
 * would have stored them; plus unique incident ids and no log entry of an
 * incident not in the file. Never throws.
 */
export function checkTransferRows(data: unknown): CheckResult {
  const problems: ImportProblem[] = [];
  walk(data, problems);
  const rawRows = isRecord(data) && Array.isArray(data.incidents) ? (data.incidents as unknown[]) : [];
  const rawLog = isRecord(data) && Array.isArray(data.activity) ? (data.activity as unknown[]) : [];
  const labels = rawRows.map(labelOf);
  const firstIndex = new Map<string, number>();
  for (const [i, { id }] of labels.entries()) if (id !== undefined && !firstIndex.has(id)) firstIndex.set(id, i);
  const fail = (): CheckResult => {
    const owner = (problem: ImportProblem): IncidentLabel | undefined => {
      const [table, index] = problem.path;
      if (typeof index !== 'number') return undefined;
      if (table === 'incidents') return labels[index];
      const incidentId = (rawLog[index] as { incidentId?: unknown } | undefined)?.incidentId;
      const at = typeof incidentId === 'string' ? firstIndex.get(incidentId) : undefined;
      return at === undefined ? undefined : labels[at];
    };
    return { ok: false, issues: problems.slice(0, MAX_PROBLEMS).map((p) => withIncident(p, owner(p))) };
  };
  if (problems.length > 0) return fail();
  if (!isRecord(data)) return { ok: false, issues: [{ path: [], reason: 'wrongType' }] };
  for (const key of ['incidents', 'activity'] as const) {
    if (!Array.isArray(data[key])) problems.push({ path: [key], reason: data[key] === undefined ? 'missing' : 'wrongType' });
  }
  if (problems.length > 0) return fail();

  const incidents: IncidentRow[] = [];
  for (const [i, raw] of rawRows.entries()) {
    const row = checkRow(raw, ['incidents', i], problems);
    const id = labels[i]!.id;
    if (id !== undefined && firstIndex.get(id) !== i) problems.push({ path: ['incidents', i, 'id'], reason: 'duplicateId' });
    if (row) incidents.push(row);
    if (problems.length >= MAX_PROBLEMS) return fail();
  }
  const activity: ActivityEntry[] = [];
  for (const [j, raw] of rawLog.entries()) {
    const entry = checkEntry(raw, ['activity', j], problems);
    if (entry && !firstIndex.has(entry.incidentId)) problems.push({ path: ['activity', j, 'incidentId'], reason: 'noSuchIncident' });
    if (entry) activity.push(entry);
    if (problems.length >= MAX_PROBLEMS) return fail();
  }
  return problems.length > 0 ? fail() : { ok: true, data: { incidents, activity } };
}

// ---- rows and entries --------------------------------------------------------------

function checkRow(raw: unknown, at: (string | number)[], problems: ImportProblem[]): IncidentRow | null {
  const result = rowSchema.safeParse(raw);
  if (!result.success) problems.push(...fromIssues(result.error.issues, at, raw));
  // The answers too, even when the row itself is wrong: all its problems at once.
  const rawAnswers = isRecord(raw) && isRecord(raw.answers) ? raw.answers : {};
  const answers: Record<string, Answer> = {};
  let ok = result.success;
  for (const [itemId, answer] of Object.entries(rawAnswers)) {
    const path = [...at, 'answers', itemId];
    if (!ITEM_ID.test(itemId)) {
      problems.push({ path: [...at, 'answers'], reason: 'invalidId', key: itemId });
      ok = false;
      continue;
    }
    const item = findItem(itemId);
    const parsed = strictAnswerSchema(item).safeParse(answer);
    if (!parsed.success) {
      problems.push(...fromIssues(parsed.error.issues, path, answer));
      ok = false;
      continue;
    }
    if (!item && parsed.data.value !== undefined && !checkUnchecked(parsed.data.value, [...path, 'value'], problems)) ok = false;
    answers[itemId] = parsed.data;
  }
  // A file written before the report logs (v5) carries the retired report tables: converted as the database upgrade converts them, and kept.
  return ok && result.success ? { ...result.data, answers: withReportLogs(answers) } : null;
}

function checkEntry(raw: unknown, at: (string | number)[], problems: ImportProblem[]): ActivityEntry | null {
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    problems.push(...fromIssues(result.error.issues, at, raw));
    return null;
  }
  const entry = result.data;
  if (entry.itemId !== undefined && !ITEM_ID.test(entry.itemId)) {
    problems.push({ path: [...at, 'itemId'], reason: 'invalidId', key: entry.itemId });
    return null;
  }
  if (entry.kind === 'na' && entry.reason === undefined) {
    problems.push({ path: [...at, 'reason'], reason: 'missing' });
    return null;
  }
  if (entry.value === undefined) return entry;
  // An overwriteSeen line holds the answer value that was seen.
  const item = (entry.kind === 'answer' || entry.kind === 'overwriteSeen') && entry.itemId !== undefined ? findItem(entry.itemId) : undefined;
  const schema = item ? strictValueSchema(item) : entryValueSchemas[entry.kind];
  if (!schema) return checkUnchecked(entry.value, [...at, 'value'], problems) ? entry : null;
  const value = schema.safeParse(entry.value);
  if (!value.success) {
    problems.push(...fromIssues(value.error.issues, [...at, 'value'], entry.value));
    return null;
  }
  return { ...entry, value: value.data };
}

/** A value the app has no input for (another checklist version): only its text is held to the longest input's limit. */
function checkUnchecked(value: unknown, at: (string | number)[], problems: ImportProblem[]): boolean {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: at }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === 'string' && node.value.length > LIMITS.text) {
      problems.push({ path: node.path, reason: 'tooLong', max: LIMITS.text });
      return false;
    }
    if (typeof node.value === 'object' && node.value !== null) {
      for (const [key, child] of Object.entries(node.value)) stack.push({ value: child, path: [...node.path, Array.isArray(node.value) ? Number(key) : key] });
    }
  }
  return true;
}

// ---- the whole file, before any schema ----------------------------------------------

/**
 * Depth, keys and text, without recursion (a file may be nested 100,000
 * deep): nothing deeper than MAX_DEPTH (which also ends a cycle in a value
 * built in code), no forbidden key, no lone surrogate. The first problem
 * found is added. Every node of a file passes here, so the fast walk keeps
 * no paths; the rare file with a problem is walked again for its path.
 */
function walk(root: unknown, problems: ImportProblem[]): void {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return walkForPath(root, problems);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return walkForPath(root, problems);
    if (Array.isArray(value)) {
      for (const child of value) {
        values.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key) || LONE_SURROGATE.test(key)) return walkForPath(root, problems);
      values.push((value as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
}

type Frame = { value: unknown; depth: number; key: string | number; parent: Frame | null };

/** The same walk, in the same order, keeping where each node is. */
function walkForPath(root: unknown, problems: ImportProblem[]): void {
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return void problems.push({ path: pathOf(frame), reason: 'badText' });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (frame.depth >= MAX_DEPTH) return void problems.push({ path: pathOf(frame), reason: 'tooDeep', max: MAX_DEPTH });
    const depth = frame.depth + 1;
    if (Array.isArray(value)) {
      value.forEach((child, i) => stack.push({ value: child, depth, key: i, parent: frame }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return void problems.push({ path: pathOf(frame), reason: 'unknownKey', key });
      if (LONE_SURROGATE.test(key)) return void problems.push({ path: pathOf(frame), reason: 'badText' });
      stack.push({ value: (value as Record<string, unknown>)[key], depth, key, parent: frame });
    }
  }
}

/** Half of a surrogate pair on its own: no keyboard types it, and it is not text (JSON can still escape it). */
const LONE_SURROGATE = /\p{Cs}/u;

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

// ---- problems ----------------------------------------------------------------------

function labelOf(raw: unknown, index: number): IncidentLabel {
  if (!isRecord(raw)) return { index };
  // Only text that is fit to show: a title with a lone surrogate or a forbidden key elsewhere is left out.
  const title = titleSchema.safeParse(raw.title);
  const id = incidentIdSchema.safeParse(raw.id);
  const showTitle = title.success && !LONE_SURROGATE.test(title.data);
  return { index, ...(showTitle && { title: title.data }), ...(id.success && { id: id.data }) };
}

function withIncident(problem: ImportProblem, incident: IncidentLabel | undefined): ImportProblem {
  return incident ? { ...problem, incident } : problem;
}

const REASON_OF_MESSAGE: Record<string, ProblemReason> = {
  'validation.required': 'required',
  'validation.tooLong': 'tooLong',
  'validation.invalidDate': 'invalidDate',
  'validation.unknownOption': 'unknownOption',
  'validation.tooManyRows': 'tooManyRows',
  invalidId: 'invalidId',
};

/** zod's issues as problems: by our own message key where we gave one, else by zod's code (its English words never reach the user). */
function fromIssues(issues: readonly z.core.$ZodIssue[], at: (string | number)[], raw: unknown): ImportProblem[] {
  return issues.flatMap((issue): ImportProblem[] => {
    const path = [...at, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path, reason: 'unknownKey', key }));
    const max = issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array') ? Number(issue.maximum) : undefined;
    return [{ path, reason: reasonOf(issue, raw), ...(max !== undefined && { max }) }];
  });
}

function reasonOf(issue: z.core.$ZodIssue, raw: unknown): ProblemReason {
  const ours = REASON_OF_MESSAGE[issue.message];
  if (ours) return ours;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, issue.path) === undefined ? 'missing' : 'wrongType';
    case 'too_big':
      return issue.origin === 'array' ? 'tooManyRows' : issue.origin === 'string' ? 'tooLong' : 'invalid';
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'invalid';
    case 'invalid_value':
      return 'invalidChoice';
    case 'invalid_format':
      return 'invalidDate';
    default:
      return 'invalid';
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
