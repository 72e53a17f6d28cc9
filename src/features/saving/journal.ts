/**
 * The localStorage copy of answers a closing tab could not write in time,
 * and their replay on the next start. A journalled change is applied only
 * if the stored answer is older than it, so a later edit made in another
 * tab is never overwritten.
 */
import type * as Incidents from '@/db/incidents';
import type { AnswerChange } from '@/db/incidents';

export type JournalEntry = { incidentId: string; recorder: string; changes: AnswerChange[]; at: string };

const KEY = 'incident-checklist.unsaved';

export function writeJournal(entries: JournalEntry[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage refused (private mode, quota): the IndexedDB flush is all we have.
  }
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(KEY);
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

/** Writes what a closed tab left behind. Never throws: a change that cannot be written is dropped. */
export async function replayJournal(): Promise<number> {
  const entries = readJournal();
  let written = 0;
  if (entries.length > 0) {
    // The database code is not part of the first screen: loaded when there is something to write.
    let incidents: typeof Incidents;
    try {
      incidents = await import('@/db/incidents');
    } catch {
      return 0; // Could not load the code: the journal stays for the next start.
    }
    for (const entry of entries) {
      try {
        const current = await incidents.getIncident(entry.incidentId);
        if (!current?.ok) continue;
        const newer = entry.changes.filter((c) => {
          const stored = current.incident.answers[c.itemId];
          return !stored || stored.updatedAt < entry.at;
        });
        if (newer.length === 0) continue;
        await incidents.saveAnswers(entry.incidentId, newer, entry.recorder);
        written += newer.length;
      } catch {
        // A completed incident or a value the checklist no longer accepts: nothing to recover.
      }
    }
  }
  clearJournal();
  return written;
}
