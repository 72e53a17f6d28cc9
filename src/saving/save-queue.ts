/**
 * The one save path for what a user types into an incident: answers, 対象外
 * reasons (drafts too), the recorder, the title and the detected-at time.
 * One queue per incident; editors put changes in, and the queue writes them
 * at once, keystroke by keystroke. While a write is in flight, further changes
 * wait and go together in the next one, so writes never pile up behind a fast
 * typist. A write that fails for storage reasons keeps its changes and is
 * retried; a closing tab's unwritten changes go to the journal (journal.ts).
 *
 * The queue also knows what its editors show that cannot be stored (an
 * invalid value): the save indicator never says 保存済み while one is on
 * screen.
 *
 * Conflicts: each change carries as `base` what this tab last knew to be
 * stored for the field (what it loaded, or its own last write). The database
 * keeps both values when someone else changed the field in between.
 */
import type * as Save from '@/db/save';
import { changeKey, type Change, type WriteContext } from '@/db/changes';

export { changeKey };
import { ValidationError } from '@/db/errors';
import type { IncidentRow } from '@/db/types';
import type { JournalEntry } from './journal';
import { registerSaver } from './pending-saves';
import { errorReason, isRetryable, registerSource, type SourceState } from './save-status';

export const RETRY_DELAY_MS = 3000;

/** One page load: log lines of different tabs are never merged. */
export const TAB_ID = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);

/** A field, as changeKey names it ('answer:incidentDescription', 'recorder'…). */
type Key = string;
type Db = typeof Save;

/** The database code is not part of the first screen: loaded on the first write. */
let dbModule: Promise<Db> | undefined;
const loadDb = () =>
  (dbModule ??= import('@/db/save').catch((error: unknown) => {
    dbModule = undefined; // a failed load (a chunk that could not be fetched) is tried again next time
    throw error;
  }));

export class SaveQueue {
  private readonly pending = new Map<Key, Change>();
  private readonly inFlight = new Map<Key, Change>();
  private readonly invalid = new Map<Key, string>();
  private readonly known = new Map<Key, unknown>();
  private writing: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private error: string | null = null;
  private errorAt = '';
  private savedAt: string | null = null;
  private readonly listeners = new Set<() => void>();
  /** Who writes: the incident's recorder, kept current by the page. */
  recorder = '';
  /** The row as this tab last wrote it: newer than what the live query has delivered, for a moment. */
  latest: IncidentRow | null = null;

  constructor(readonly incidentId: string) {}

  /** The editor shows this stored value for the field (loaded, or applied from another tab's write). */
  seen(key: Key, value: unknown): void {
    this.known.set(key, structuredClone(value));
  }

  /** A new value from an editor: written at once. */
  put(change: Change): Promise<void> {
    const key = changeKey(change);
    this.invalid.delete(key);
    this.pending.delete(key); // to the end: changes are written in the order they were made
    this.pending.set(key, change);
    const writing = this.flush();
    this.notify(); // even when it joins a write in flight: a refused value may just have been put right
    return writing;
  }

  /** The editor shows a value that cannot be stored (the i18n key says why); what is stored stays. */
  refuse(key: Key, reason: string): void {
    this.pending.delete(key);
    this.invalid.set(key, reason);
    this.notify();
  }

  /** The editor no longer shows its refused value (it left the screen, or was put right). */
  forget(key: Key): void {
    if (this.invalid.delete(key)) this.notify();
  }

  /** Whether this tab has a change of its own to the field that is not stored yet. */
  owns(key: Key): boolean {
    return this.pending.has(key) || this.inFlight.has(key) || this.invalid.has(key);
  }

  /** Everything typed and not yet stored, for the journal. Synchronous. */
  unsaved(): Omit<JournalEntry, 'at'> | null {
    const changes = [...new Map([...this.inFlight, ...this.pending])].map(([key, change]) => this.withBase(key, change));
    return changes.length > 0 ? { incidentId: this.incidentId, recorder: this.recorder, tab: TAB_ID, changes } : null;
  }

  /** Starts writing now, or joins the write in flight, which goes on until nothing is pending. */
  flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    if (this.writing === null) {
      this.writing = this.writeAll();
      this.notify();
    }
    return this.writing;
  }

  /** The change with what this tab last knew to be stored for its field (see saveChanges). */
  private withBase(key: Key, change: Change): Change {
    return this.known.has(key) ? { ...change, base: this.known.get(key) } : change;
  }

  state(): SourceState {
    return {
      busy: this.pending.size > 0 || this.inFlight.size > 0 || this.writing !== null,
      error: this.error,
      errorAt: this.errorAt,
      invalid: this.invalid.values().next().value ?? null,
      savedAt: this.savedAt,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Puts a batch that was not written back before what was typed since, so the order stays as typed. */
  private requeue(batch: [Key, Change][]): void {
    const newer = [...this.pending];
    this.pending.clear();
    for (const [key, change] of batch) if (!newer.some(([k]) => k === key)) this.pending.set(key, change);
    for (const [key, change] of newer) this.pending.set(key, change);
  }

  /**
   * The write loop. It starts with an await, so `writing` is always set
   * before it ends, and it clears `writing` in the same step as its last
   * check of `pending`: a change put in later always starts a new loop.
   */
  private async writeAll(): Promise<void> {
    try {
      await Promise.resolve();
      while (this.pending.size > 0 && (await this.writeOnce()));
    } finally {
      this.writing = null;
      this.notify();
    }
  }

  /** Writes what is pending; false when storage failed and a retry is scheduled. */
  private async writeOnce(): Promise<boolean> {
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, change] of batch) this.inFlight.set(key, change);
    const changes = batch.map(([key, change]) => this.withBase(key, change));
    const ctx: WriteContext = { recorder: this.recorder, tab: TAB_ID };
    try {
      const db = await loadDb();
      const row = await db.saveChanges(this.incidentId, changes, ctx);
      for (const [key, change] of batch) this.known.set(key, db.storedValue(row, change));
      this.error = null;
      this.savedAt = row.updatedAt;
      if (!this.latest || row.updatedAt >= this.latest.updatedAt) this.latest = row;
      return true;
    } catch (error) {
      this.error = errorReason(error);
      this.errorAt = new Date().toISOString();
      if (error instanceof ValidationError) {
        // What was refused stays on screen, not stored: the indicator says so until it is put right.
        // One refused change must not take the others with it: they go again, without it.
        const refused = (key: Key, change: Change) => fieldOf(key, change) in error.fields || batch.length === 1;
        for (const [key, change] of batch) if (refused(key, change)) this.invalid.set(key, 'save.reason.invalidInput');
        this.requeue(batch.filter(([key, change]) => !refused(key, change)));
        return true;
      }
      // A refused write (read-only, invalid) would fail the same way again; the indicator says why.
      if (!isRetryable(error)) return true;
      // Storage trouble: keep the values and try again.
      this.requeue(batch);
      this.retryTimer = setTimeout(() => void this.flush(), RETRY_DELAY_MS);
      return false;
    } finally {
      for (const [key] of batch) this.inFlight.delete(key);
    }
  }
}

/** How saveChanges names a refused change in ValidationError.fields. */
function fieldOf(key: Key, change: Change): string {
  return change.kind === 'answer' ? change.itemId : key;
}

const queues = new Map<string, SaveQueue>();

/** The incident's queue, made on first use and kept for the page's life. */
export function queueFor(incidentId: string): SaveQueue {
  let queue = queues.get(incidentId);
  if (!queue) {
    queue = new SaveQueue(incidentId);
    queues.set(incidentId, queue);
    registerSource(queue);
    registerSaver(queue, TAB_ID);
  }
  return queue;
}

/**
 * The incident as the page should show it: the row the live query delivered,
 * or this tab's own last write when that is newer (the live query follows a
 * write a moment later; a step opened in that moment must not start from an
 * older value). Keeps the queue's recorder in step.
 */
export function trackIncident(row: IncidentRow): IncidentRow {
  const queue = queueFor(row.id);
  const newest = queue.latest && queue.latest.updatedAt > row.updatedAt ? queue.latest : row;
  queue.recorder = newest.recorder;
  return newest;
}
