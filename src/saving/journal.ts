/**
 * The localStorage copy of changes a closing tab could not write in time,
 * and their replay on the next start. Each change carries the `base` its tab
 * knew, so a replay over a value changed elsewhere in the meantime keeps both
 * (see saveChanges). Entries of older versions carry answers without a base:
 * those are applied only if the stored answer is older than the entry, so a
 * later edit made in another tab is never overwritten.
 */
import type * as Incidents from '@/db/incidents';
import type * as Save from '@/db/save';
import type { Change } from '@/db/save';

/** An older version's entry held answers only. */
type LegacyChange = { itemId: string; value: unknown };
export type JournalEntry = { incidentId: string; recorder: string; tab?: string; changes: (Change | LegacyChange)[]; at: string };

const KEY = 'incident-checklist.unsaved';

/**
 * Writes this tab's entries (those of `tab`; all when no tab is given),
 * keeping those of other tabs: two tabs closing one after the other must not
 * wipe each other's.
 */
export function writeJournal(entries: JournalEntry[], tab?: string): void {
  try {
    const others = tab === undefined ? [] : readJournal().filter((entry) => entry.tab !== tab);
    localStorage.setItem(KEY, JSON.stringify([...others, ...entries]));
  } catch {
    // Storage refused (private mode, quota): the IndexedDB flush is all we have.
  }
}

/** Drops this tab's entries (all when no tab is given, as after a replay). */
export function clearJournal(tab?: string): void {
  try {
    const others = tab === undefined ? [] : readJournal().filter((entry) => entry.tab !== tab);
    if (others.length > 0) localStorage.setItem(KEY, JSON.stringify(others));
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

function readJournal(): JournalEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as JournalEntry[]) : [];
  } catch {
    return [];
  }
}

function asChange(change: Change | LegacyChange): Change {
  return 'kind' in change ? change : ({ kind: 'answer', ...change } as Change);
}

/** Writes what a closed tab left behind. Never throws: a change that cannot be written is dropped. */
export async function replayJournal(): Promise<number> {
  const entries = readJournal();
  let written = 0;
  if (entries.length > 0) {
    // The database code is not part of the first screen: loaded when there is something to write.
    let incidents: typeof Incidents;
    let save: typeof Save;
    try {
      [incidents, save] = await Promise.all([import('@/db/incidents'), import('@/db/save')]);
    } catch {
      return 0; // Could not load the code: the journal stays for the next start.
    }
    for (const entry of entries) {
      try {
        const current = await incidents.getIncident(entry.incidentId);
        if (!current?.ok || !Array.isArray(entry.changes)) continue;
        const changes = entry.changes.map(asChange).filter((c) => {
          if (c.kind !== 'answer' || c.base !== undefined) return true;
          const stored = current.incident.answers[c.itemId];
          return !stored || stored.updatedAt < entry.at;
        });
        const ctx = { recorder: entry.recorder, tab: entry.tab };
        try {
          await save.saveChanges(entry.incidentId, changes, ctx);
          written += changes.length;
        } catch {
          // One refused change must not take the others with it: each on its own.
          for (const change of changes) {
            written += await save.saveChanges(entry.incidentId, [change], ctx).then(() => 1, () => 0);
          }
        }
      } catch {
        // A completed incident, or storage that fails: nothing to recover.
      }
    }
  }
  clearJournal();
  return written;
}
