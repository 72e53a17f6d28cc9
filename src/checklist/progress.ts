/** Answers → what is still open, per item, step and phase. */
import { phaseItems, stepItems } from './lookup';
import type { Answer, AnswerValue, Item, Phase, Step, TableRow } from './types';

export type ItemStatus = 'open' | 'done' | 'na';
export type Progress = { total: number; done: number; na: number; open: number };

export type Answers = Readonly<Record<string, Answer | undefined>>;

export function hasValue(item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  switch (item.kind) {
    case 'action':
      return (value as { done: boolean }).done;
    case 'checkboxGroup': {
      const v = value as { selected: string[]; other: string };
      return v.selected.length > 0 || v.other.trim() !== '';
    }
    case 'table': {
      // A preset row's first cell is the prefilled name: only what was
      // written beside it makes the row an answer.
      const first = item.columns[0]?.id;
      return (value as TableRow[]).some((row) =>
        Object.entries(row.cells).some(
          ([column, cell]) => cell.trim() !== '' && !(row.preset && column === first),
        ),
      );
    }
    case 'approval': {
      const v = value as { approver: string; at: string };
      return v.approver.trim() !== '' && v.at !== '';
    }
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

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
