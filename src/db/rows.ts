/**
 * Reading and parsing stored rows, shared by reads (./incidents.ts) and
 * writes (./save.ts).
 */
import type * as z from 'zod/mini';
import { CorruptRecordError, NotFoundError, ValidationError } from './errors';
import { incidentRowSchema, type IncidentRow, type LoadResult } from './types';

/** The row as the app reads it, or why it cannot be written to. */
export function readable(id: string, raw: unknown): IncidentRow {
  if (raw === undefined) throw new NotFoundError(id);
  const result = toLoadResult(id, raw);
  if (!result.ok) throw new CorruptRecordError(id, result.error);
  return result.incident;
}

export function toLoadResult(id: string, raw: unknown): LoadResult {
  const result = incidentRowSchema.safeParse(raw);
  if (result.success) return { ok: true, incident: result.data };
  const reason = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
    .join('; ');
  return { ok: false, id, error: reason };
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
