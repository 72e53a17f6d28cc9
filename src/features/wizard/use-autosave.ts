/**
 * Autosave for one step's form: each change is validated against the item's
 * schema and written at once, keystroke by keystroke; while a write is in
 * flight, further changes wait for it and go together in the next one (so
 * writes never queue up behind a fast typist). Invalid values stay on screen
 * with their message and are not written, so nothing saved is overwritten by
 * bad input. Pending writes are flushed on unmount, pagehide and
 * visibilitychange; a failed write keeps the value and retries.
 *
 * Values stored by another tab are applied to fields that have no pending,
 * in-flight or invalid change of our own, so a field never goes back to a stale value.
 */
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { emptyValue } from '@/checklist/defaults';
import { cachedValueSchema } from '@/checklist/schema';
import type { Answer, AnswerValue, Item } from '@/checklist/types';
import { saveAnswers } from '@/db/incidents';
import { deepEqual } from '@/lib/equal';
import { registerSaver } from '@/features/saving/pending-saves';
import { isRetryable, trackSave } from '@/features/saving/save-status';

export const RETRY_DELAY_MS = 3000;

type Values = Record<string, AnswerValue>;

export function useAutosave(options: {
  incidentId: string;
  recorder: string;
  items: Item[];
  answers: Readonly<Record<string, Answer | undefined>>;
  form: UseFormReturn<Values>;
  readOnly: boolean;
}) {
  const { incidentId, items, answers, form, readOnly } = options;
  const recorder = useRef(options.recorder);
  recorder.current = options.recorder;
  const pending = useRef(new Map<string, AnswerValue>());
  const inFlight = useRef(new Map<string, AnswerValue>());
  const invalid = useRef(new Set<string>());
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const applyingRemote = useRef(false);
  const writing = useRef<Promise<void> | null>(null);
  const writeRef = useRef<() => Promise<boolean>>(async () => true);

  /** Writes what is pending; false when storage failed and a retry is scheduled. */
  writeRef.current = async () => {
    const changes = [...pending.current].map(([itemId, value]) => ({ itemId, value }));
    pending.current.clear();
    for (const c of changes) inFlight.current.set(c.itemId, c.value);
    try {
      await trackSave(() => saveAnswers(incidentId, changes, recorder.current));
      return true;
    } catch (error) {
      // Storage trouble: keep the values and try again. A refused write
      // (read-only, invalid) would fail the same way; the indicator says why.
      if (!isRetryable(error)) return true;
      for (const c of changes) {
        if (!pending.current.has(c.itemId)) pending.current.set(c.itemId, c.value);
      }
      retryTimer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
      return false;
    } finally {
      for (const c of changes) inFlight.current.delete(c.itemId);
    }
  };

  /** Starts writing now, or joins the write in flight, which goes on until nothing is pending. */
  const flush = (): Promise<void> => {
    clearTimeout(retryTimer.current);
    writing.current ??= (async () => {
      try {
        while (pending.current.size > 0 && (await writeRef.current()));
      } finally {
        writing.current = null;
      }
    })();
    return writing.current;
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    if (readOnly) return;
    const byId = new Map(items.map((item) => [item.id, item]));
    const subscription = form.watch((_values, { name }) => {
      if (!name || applyingRemote.current) return;
      const itemId = name.split('.')[0]!;
      const item = byId.get(itemId);
      if (!item) return;
      const value = form.getValues(itemId);
      if (cachedValueSchema(item).safeParse(value).success) {
        pending.current.set(itemId, structuredClone(value));
        invalid.current.delete(itemId);
      } else {
        pending.current.delete(itemId);
        invalid.current.add(itemId);
      }
      void flushRef.current();
    });
    const unregister = registerSaver({
      flush: () => flushRef.current(),
      pending: () => ({
        incidentId,
        recorder: recorder.current,
        changes: [...new Map([...inFlight.current, ...pending.current])].map(([itemId, value]) => ({ itemId, value })),
      }),
    });
    return () => {
      subscription.unsubscribe();
      unregister();
      void flushRef.current();
    };
  }, [form, items, readOnly, incidentId]);

  useEffect(() => {
    for (const item of items) {
      const ownChange =
        pending.current.has(item.id) || inFlight.current.has(item.id) || invalid.current.has(item.id);
      if (ownChange) continue;
      const stored = answers[item.id]?.value ?? emptyValue(item);
      if (deepEqual(stored, form.getValues(item.id))) continue;
      applyingRemote.current = true;
      form.setValue(item.id, structuredClone(stored), { shouldValidate: true });
      applyingRemote.current = false;
    }
  }, [answers, items, form]);
}
