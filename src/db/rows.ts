/**
 * Reading and parsing stored rows, shared by reads (./incidents.ts) and
 * writes (./save.ts).
 */
import type * as z from 'zod/mini';
import { findItem } from '@/checklist/lookup';
import { answerSchema } from '@/checklist/schema';
import { CorruptRecordError, NotFoundError, ValidationError } from './errors';
import { incidentEnvelopeSchema, incidentRowSchema, type IncidentRow, type LoadResult } from './types';

/**
 * Rows this page has checked whole, by id and updatedAt. Every writer in the
 * app checks what it writes and stamps a new updatedAt, so a row whose stamp
 * is here is still whole, whoever (another tab) wrote it since.
 */
const checkedWhole = new Set<string>();
const stamp = (id: string, updatedAt: unknown) => `${id}\u0000${String(updatedAt)}`;


/**
 * The row a write starts from. Typing writes the same row keystroke after
 * keystroke: one that was checked whole (by the last write or read) is not
 * parsed again, only its envelope. Reads (toLoadResult) always check whole.
 */
export function writable(id: string, raw: unknown): IncidentRow {
  if (raw === undefined) throw new NotFoundError(id);
  const updatedAt = (raw as { updatedAt?: unknown }).updatedAt;
  if (!checkedWhole.has(stamp(id, updatedAt))) return readable(id, raw);
  const result = incidentEnvelopeSchema.safeParse(raw);
  if (!result.success) throw new CorruptRecordError(id, issuesText(result.error.issues));
  return result.data;
}

/**
 * The row a write produced, from a whole row and a patch of checked fields:
 * only the envelope and the answers the patch wrote are checked.
 */
export function written(id: string, next: unknown, answerIds: string[]): IncidentRow {
  const result = incidentEnvelopeSchema.safeParse(next);
  if (!result.success) throw new CorruptRecordError(id, issuesText(result.error.issues));
  const row = result.data;
  for (const itemId of answerIds) {
    const answer = answerSchema(findItem(itemId)).safeParse(row.answers[itemId]);
    if (!answer.success) throw new CorruptRecordError(id, issuesText(answer.error.issues.map((i) => ({ ...i, path: ['answers', itemId, ...i.path] }))));
  }
  checkedWhole.add(stamp(id, row.updatedAt));
  return row;
}

function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}

/** The row as the app reads it, or why it cannot be written to. */
export function readable(id: string, raw: unknown): IncidentRow {
  if (raw === undefined) throw new NotFoundError(id);
  const result = toLoadResult(id, raw);
  if (!result.ok) throw new CorruptRecordError(id, result.error);
  return result.incident;
}

export function toLoadResult(id: string, raw: unknown): LoadResult {
  const result = incidentRowSchema.safeParse(raw);
  if (result.success) {
    checkedWhole.add(stamp(id, result.data.updatedAt));
    return { ok: true, incident: result.data };
  }
  return { ok: false, id, error: issuesText(result.error.issues) };
}

export function rowId(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '';
}

export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.')] ??= translatable(issue.message);
  throw new ValidationError([...new Set(Object.values(fields))], fields);
}

/** zod's own messages (wrong type…) are English; the UI needs a key. */
export function translatable(message: string | undefined): string {
  return message?.startsWith('validation.') ? message : 'validation.invalid';
}
