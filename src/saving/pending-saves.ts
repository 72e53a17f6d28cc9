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

/**
 * What writes typed changes: the save queues (save-queue.ts) register here.
 * The queues load with the wizard; this module is on the first screen.
 */
export type Saver = {
  flush: () => Promise<void>;
  /** What is typed and not yet stored, synchronously; null when nothing is. */
  unsaved: () => Omit<JournalEntry, 'at'> | null;
};

/** This page's own journal entries are marked with it (see journal.ts). */
let pageTab: string | undefined;
const savers = new Set<Saver>();

export function registerSaver(saver: Saver, tab: string): void {
  savers.add(saver);
  pageTab = tab;
}

/** Whether something typed is still not stored once every saver has flushed (a retry may be waiting). */
export async function flushAllSaved(): Promise<boolean> {
  await flushAll();
  return pendingEntries().length === 0;
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...savers].map((saver) => saver.flush()));
}

function pendingEntries(): JournalEntry[] {
  const at = new Date().toISOString();
  return [...savers].flatMap((saver) => {
    const entry = saver.unsaved();
    return entry ? [{ ...entry, at }] : [];
  });
}

/** Copies what is unwritten to the journal, now; true when there was something. */
export function journalUnsaved(): boolean {
  const entries = pendingEntries();
  if (entries.length > 0) writeJournal(entries, pageTab);
  return entries.length > 0;
}

async function saveBeforeLeaving(): Promise<void> {
  if (!journalUnsaved()) return;
  await flushAll();
  if (pendingEntries().length === 0) clearJournal(pageTab);
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
