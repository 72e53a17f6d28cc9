/**
 * Answers → what is still open, per item, step and phase.
 *
 * An item is `open` while unanswered, and `owed` when answered but not
 * finished: a tri-state the manual expects to be はい (a report made, a log
 * preserved) says いいえ or 不明 (definition.ts `expects`). A step or phase
 * is done only when nothing in it is open or owed.
 */
import { phaseItems, stepItems } from './lookup';
import { hasValue, owedAnswers } from './kinds';
import type { Answer, Item, Phase, Step } from './types';

export type ItemStatus = 'open' | 'owed' | 'done' | 'na';
/**
 * `open` counts every item not finished yet, the owed ones included (so
 * every "N open" and "all done" counts them); `owed` is how many of those
 * are answered but still owe something.
 */
export type Progress = { total: number; done: number; na: number; open: number; owed: number };

export type Answers = Readonly<Record<string, Answer | undefined>>;

export function itemStatus(item: Item, answer: Answer | undefined): ItemStatus {
  if (answer?.na !== undefined) return 'na';
  if (!hasValue(item, answer?.value)) return 'open';
  return owedAnswers(item, answer?.value).length > 0 ? 'owed' : 'done';
}

/** Whether the item still needs something: unanswered, or answered but owed. */
export const isUnfinished = (status: ItemStatus) => status === 'open' || status === 'owed';

function count(items: Item[], answers: Answers): Progress {
  const p: Progress = { total: 0, done: 0, na: 0, open: 0, owed: 0 };
  for (const item of items) {
    if (item.optional) continue;
    p.total += 1;
    const status = itemStatus(item, answers[item.id]);
    if (status === 'owed') {
      p.owed += 1;
      p.open += 1;
    } else p[status] += 1;
  }
  return p;
}

export const stepProgress = (step: Step, answers: Answers) => count(stepItems(step), answers);
export const phaseProgress = (phase: Phase, answers: Answers) => count(phaseItems(phase), answers);
