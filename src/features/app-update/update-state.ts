/**
 * Why the page needs a reload, if it does: a new app version is waiting
 * (service worker) or a newer tab upgraded the database (Dexie
 * versionchange). Either way the user decides when; pending saves are
 * written first.
 *
 * From the moment 更新 is pressed (or the database is closing under us)
 * until the reload, inputs are locked: anything typed then could no longer
 * be written.
 */
import { useSyncExternalStore } from 'react';

export type UpdateReason = 'newVersion' | 'databaseUpgraded' | null;

let state: { reason: UpdateReason; locked: boolean } = { reason: null, locked: false };
let apply: () => Promise<void> = async () => window.location.reload();
const listeners = new Set<() => void>();

function set(next: Partial<typeof state>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export function announceUpdate(next: Exclude<UpdateReason, null>, onApply: () => Promise<void>): void {
  apply = onApply;
  set({ reason: next });
}

/** Stops all input until the page reloads. */
export function lockInputs(): void {
  if (!state.locked) set({ locked: true });
}

/** Locks the inputs first, so nothing typed after the press can be lost, then updates. */
export function applyUpdate(): Promise<void> {
  lockInputs();
  // Pending saves are written first (apply flushes them); should the update itself fail, a plain
  // reload still brings the new version, and the inputs are never left locked.
  return apply().catch(() => window.location.reload());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReason(): UpdateReason {
  return useSyncExternalStore(subscribe, () => state.reason);
}

export function useInputsLocked(): boolean {
  return useSyncExternalStore(subscribe, () => state.locked);
}
