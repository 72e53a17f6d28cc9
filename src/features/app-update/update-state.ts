/**
 * Why the page needs a reload, if it does: a new app version is waiting
 * (service worker) or a newer tab upgraded the database (Dexie
 * versionchange). Either way the user decides when; pending saves are
 * written first.
 */
import { useSyncExternalStore } from 'react';

export type UpdateReason = 'newVersion' | 'databaseUpgraded' | null;

let reason: UpdateReason = null;
let apply: () => Promise<void> = async () => window.location.reload();
const listeners = new Set<() => void>();

export function announceUpdate(next: Exclude<UpdateReason, null>, onApply: () => Promise<void>): void {
  reason = next;
  apply = onApply;
  for (const l of listeners) l();
}

export function applyUpdate(): Promise<void> {
  return apply();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReason(): UpdateReason {
  return useSyncExternalStore(subscribe, () => reason);
}
