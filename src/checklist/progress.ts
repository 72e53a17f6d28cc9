/** Answers → what is still open, per item, step and phase. */
import { phaseItems, stepItems } from './lookup';
import { hasValue } from './kinds';
import type { Answer, Item, Phase, Step } from './types';

export type ItemStatus = 'open' | 'done' | 'na';
export type Progress = { total: number; done: number; na: number; open: number };

export type Answers = Readonly<Record<string, Answer | undefined>>;

export function itemStatus(item: Item, answer: Answer | undefined): ItemStatus {
  if (answer?.na !== undefined) return 'na';
  return hasValue(item, answer?.value) ? 'done' : 'open';
}

function count(items: Item[], answers: Answers): Progress {
  const p: Progress = { total: 0, done: 0, na: 0, open: 0 };
  for (const item of items) {
    if (item.optional) continue;
    p.total += 1;
    p[itemStatus(item, answers[item.id])] += 1;
  }
  return p;
}

export const stepProgress = (step: Step, answers: Answers) => count(stepItems(step), answers);
export const phaseProgress = (phase: Phase, answers: Answers) => count(phaseItems(phase), answers);
