/**
 * Every autosaver registers here, so that leaving the page (or accepting an
 * app update) can write what is still pending first.
 *
 * A tab that is closed right after typing gets no time to finish an
 * IndexedDB write, so on pagehide the pending values are also copied,
 * synchronously, to localStorage (the journal); the next start writes
 * whatever the closed tab could not.
 */
import { clearJournal, writeJournal, type JournalEntry } from './journal';

type Saver = {
  flush: () => Promise<void>;
  /** What is typed but not yet stored, synchronously. */
  pending: () => Omit<JournalEntry, 'at'> | null;
};
const savers = new Set<Saver>();

export function registerSaver(saver: Saver): () => void {
  savers.add(saver);
  return () => savers.delete(saver);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...savers].map((saver) => saver.flush()));
}

function pendingEntries(): JournalEntry[] {
  const at = new Date().toISOString();
  return [...savers].flatMap((saver) => {
    const entry = saver.pending();
    return entry && entry.changes.length > 0 ? [{ ...entry, at }] : [];
  });
}

async function saveBeforeLeaving(): Promise<void> {
  const entries = pendingEntries();
  if (entries.length === 0) return;
  writeJournal(entries);
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

