/**
 * Autosave for one step's form: each change is validated against the item's
 * schema and handed to the incident's save queue, which writes it at once
 * (see save-queue.ts). Invalid values stay on screen with their message and
 * are not written, so nothing saved is overwritten by bad input; the queue
 * knows of them, so the indicator does not say 保存済み meanwhile.
 *
 * Values stored by another tab are applied to fields that have no pending,
 * in-flight or invalid change of our own, so a field never goes back to a
 * stale value; what the form shows is told to the queue as the base of the
 * next change.
 */
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { emptyValue } from '@/checklist/kinds';
import { cachedValueSchema } from '@/checklist/schema';
import type { Answer, AnswerValue, Item } from '@/checklist/types';
import { changeKey } from '@/db/changes';
import { queueFor } from '@/saving/save-queue';
import { deepEqual } from '@/lib/equal';

type Values = Record<string, AnswerValue>;

export const answerKey = (itemId: string) => changeKey({ kind: 'answer', itemId });

export function useAutosave(options: {
  incidentId: string;
  items: Item[];
  answers: Readonly<Record<string, Answer | undefined>>;
  form: UseFormReturn<Values>;
  readOnly: boolean;
}) {
  const { incidentId, items, answers, form, readOnly } = options;
  const applyingStored = useRef(false);

  useEffect(() => {
    if (readOnly) return;
    const queue = queueFor(incidentId);
    const byId = new Map(items.map((item) => [item.id, item]));
    const subscription = form.watch((_values, { name }) => {
      if (!name || applyingStored.current) return;
      const itemId = name.split('.')[0]!;
      const item = byId.get(itemId);
      if (!item) return;
      const value = form.getValues(itemId);
      const result = cachedValueSchema(item).safeParse(value);
      if (result.success) void queue.put({ kind: 'answer', itemId, value: structuredClone(value) });
      else queue.refuse(answerKey(itemId), 'save.reason.invalidInput');
    });
    return () => {
      subscription.unsubscribe();
      // What is not valid leaves the screen with the step; what is valid is written.
      for (const item of items) queue.forget(answerKey(item.id));
      void queue.flush();
    };
  }, [form, items, readOnly, incidentId]);

  // Read-only (completed, here or in another tab): the form shows what is stored, even where
  // this tab had a change of its own that can no longer be written (the indicator says why).
  useEffect(() => {
    const queue = queueFor(incidentId);
    for (const item of items) {
      const key = answerKey(item.id);
      if (queue.owns(key) && !readOnly) continue;
      if (readOnly) queue.forget(key);
      const stored = answers[item.id]?.value ?? emptyValue(item);
      queue.seen(key, stored);
      if (deepEqual(stored, form.getValues(item.id))) continue;
      applyingStored.current = true;
      form.setValue(item.id, structuredClone(stored), { shouldValidate: true });
      applyingStored.current = false;
    }
  }, [answers, items, form, incidentId, readOnly]);
}
