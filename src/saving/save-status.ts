/**
 * The one save indicator's state. It is made from every source of writes:
 * the incidents' save queues (what is typed) and one-off actions (create,
 * complete, import…). It says 保存済み only when no source has anything
 * unwritten, refused or failed; otherwise 保存中, or 保存できませんでした with
 * the reason. A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError } from '@/db/errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; reason: string };

/** What one source of writes has to say. `invalid`: an i18n key for a value on screen that cannot be stored. */
export type SourceState = { busy: boolean; error: string | null; errorAt?: string; invalid: string | null; savedAt: string | null };
/** `incidentId`: a source that writes one incident only (its queue), shown on that incident's pages only. */
export type Source = { state: () => SourceState; subscribe: (listener: () => void) => () => void; incidentId?: string };

const sources = new Set<Source>();
const listeners = new Set<() => void>();
/** The status per scope: '' for every source, else one incident's (its queue and the one-off actions). */
const statuses = new Map<string, SaveStatus>();
const IDLE: SaveStatus = { state: 'idle' };

/** One-off actions (trackSave): in flight, the last failure (until any later write succeeds), the last success. */
const actions = { busy: 0, error: null as string | null, errorAt: '', errorOf: undefined as string | undefined, savedAt: null as string | null };
const actionSource: Source = {
  state: () => ({ busy: actions.busy > 0, error: null, invalid: null, savedAt: actions.savedAt }),
  subscribe: () => () => undefined,
};
sources.add(actionSource);

function recompute(): void {
  const all = [...sources].map((source) => source.state());
  if (actions.error !== null && all.some((s) => s.savedAt !== null && s.savedAt > actions.errorAt)) actions.error = null;
  let changed = false;
  for (const scope of new Set(['', ...statuses.keys()])) {
    const next = statusOf(scope);
    // Kept as the same object while it says the same: useSyncExternalStore compares by reference.
    if (JSON.stringify(next) === JSON.stringify(statuses.get(scope) ?? IDLE)) continue;
    statuses.set(scope, next);
    changed = true;
  }
  if (changed) for (const listener of listeners) listener();
}

function statusOf(scope: string): SaveStatus {
  const states = [...sources].filter((source) => !scope || !source.incidentId || source.incidentId === scope).map((source) => source.state());
  const actionErrorHere = actions.error !== null && (!scope || actions.errorOf === undefined || actions.errorOf === scope);
  if (actionErrorHere) states.push({ busy: false, error: actions.error, errorAt: actions.errorAt, invalid: null, savedAt: null });
  const at = states.reduce<string | null>((latest, s) => (s.savedAt !== null && (latest === null || s.savedAt > latest) ? s.savedAt : latest), null);
  // A failure is old news once a later write succeeded (a completed incident reopened, space freed);
  // what it could not write is still pending then, and shows as 保存中.
  // The newest failure says the most (「完了にしていません」 after 「容量が不足」).
  const failed = states
    .filter((s) => s.error !== null && !(at !== null && s.errorAt !== undefined && at > s.errorAt))
    .sort((a, b) => ((a.errorAt ?? '') < (b.errorAt ?? '') ? 1 : -1))[0]?.error;
  const invalid = states.find((s) => s.invalid !== null)?.invalid;
  const next: SaveStatus = failed
    ? { state: 'error', reason: failed }
    : invalid
      ? { state: 'error', reason: invalid }
      : states.some((s) => s.busy)
        ? { state: 'saving' }
        : at !== null
          ? { state: 'saved', at }
          : IDLE;
  return next;
}


export function registerSource(source: Source): () => void {
  sources.add(source);
  const unsubscribe = source.subscribe(recompute);
  recompute();
  return () => {
    unsubscribe();
    sources.delete(source);
    recompute();
  };
}

/** The indicator's state: for one incident (its queue and one-off actions), or for everything. */
export function getSaveStatus(incidentId = ''): SaveStatus {
  let status = statuses.get(incidentId);
  if (!status) statuses.set(incidentId, (status = statusOf(incidentId)));
  return status;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveStatus(incidentId = ''): SaveStatus {
  const get = () => getSaveStatus(incidentId);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * Runs a one-off write, reflecting it in the indicator; rethrows so callers
 * can react. `incidentId`: the incident it writes, whose pages alone show its failure.
 */
export async function trackSave<T>(write: () => Promise<T>, incidentId?: string): Promise<T> {
  actions.busy++;
  recompute();
  try {
    const result = await write();
    actions.error = null;
    actions.savedAt = new Date().toISOString();
    return result;
  } catch (error) {
    actions.error = errorReason(error);
    actions.errorAt = new Date().toISOString();
    actions.errorOf = incidentId;
    throw error;
  } finally {
    actions.busy--;
    recompute();
  }
}

/** Completing (or the like) was not done: something typed is not stored yet (a retry is waiting). */
export class UnsavedChangesError extends Error {
  constructor() {
    super('Something typed is not stored yet');
    this.name = 'UnsavedChangesError';
  }
}

/** A translation key for why a write failed. */
export function errorReason(error: unknown): string {
  if (error instanceof UnsavedChangesError) return 'save.reason.unsaved';
  if (error instanceof ReadOnlyError) return 'save.reason.readOnly';
  if (error instanceof ValidationError) return 'save.reason.invalid';
  if (error instanceof NotFoundError) return 'save.reason.notFound';
  if (error instanceof CorruptRecordError) return 'save.reason.corrupt';
  if (/quota/i.test(`${(error as Error)?.name} ${(error as Error)?.message} ${String((error as { inner?: unknown })?.inner)}`)) {
    return 'save.reason.quota';
  }
  return 'save.reason.unavailable';
}

/** Whether trying the same write again can succeed (storage trouble) or never will (the data is refused). */
export function isRetryable(error: unknown): boolean {
  return !(
    error instanceof ReadOnlyError ||
    error instanceof ValidationError ||
    error instanceof NotFoundError ||
    error instanceof CorruptRecordError
  );
}
