/**
 * Writing what is still pending before the page goes away (leaving, an app
 * update, printing, exporting).
 *
 * A tab that is closed right after typing gets no time to finish an
 * IndexedDB write, so on pagehide the unwritten changes are also copied,
 * synchronously, to localStorage (the journal); the next start writes
 * whatever the closed tab could not.
 */
import { clearJournal, writeJournal, type JournalEntry } from './journal';
import { allQueues, TAB_ID } from './save-queue';

export async function flushAll(): Promise<void> {
  await Promise.allSettled(allQueues().map((queue) => queue.flush()));
}

function pendingEntries(): JournalEntry[] {
  const at = new Date().toISOString();
  return allQueues().flatMap((queue) => {
    const changes = queue.unsaved();
    return changes.length > 0 ? [{ incidentId: queue.incidentId, recorder: queue.recorder, tab: TAB_ID, at, changes }] : [];
  });
}

/** Copies what is unwritten to the journal, now; true when there was something. */
export function journalUnsaved(): boolean {
  const entries = pendingEntries();
  if (entries.length > 0) writeJournal(entries);
  return entries.length > 0;
}

async function saveBeforeLeaving(): Promise<void> {
  if (!journalUnsaved()) return;
  await flushAll();
  if (pendingEntries().length === 0) clearJournal();
}

/** pagehide / visibilitychange: the last moments a tab is sure to run code. */
export function installPageHideFlush(): () => void {
  const onHide = () => void saveBeforeLeaving();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void saveBeforeLeaving();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
