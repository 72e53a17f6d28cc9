/**
 * The one save indicator's state, shared by every writer (autosave, 対象外,
 * incident actions). A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

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
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return 'save.reason.quota';
  if (name === 'ReadOnlyError') return 'save.reason.readOnly';
  if (name === 'ValidationError') return 'save.reason.invalid';
  if (name === 'NotFoundError') return 'save.reason.notFound';
  return 'save.reason.unavailable';
}
