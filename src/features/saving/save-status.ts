/**
 * The one save indicator's state, shared by every writer (autosave, 対象外,
 * incident actions). A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError } from '@/db/errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; reason: string };

let status: SaveStatus = { state: 'idle' };
const listeners = new Set<() => void>();

export function setSaveStatus(next: SaveStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function getSaveStatus(): SaveStatus {
  return status;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribe, getSaveStatus, getSaveStatus);
}

/** Runs a write, reflecting it in the indicator; rethrows so callers can keep the value. */
export async function trackSave<T>(write: () => Promise<T>): Promise<T> {
  setSaveStatus({ state: 'saving' });
  try {
    const result = await write();
    setSaveStatus({ state: 'saved', at: new Date().toISOString() });
    return result;
  } catch (error) {
    setSaveStatus({ state: 'error', reason: errorReason(error) });
    throw error;
  }
}

/** A translation key for why a write failed. */
export function errorReason(error: unknown): string {
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
