/** Empty values per item kind: what an unanswered input shows. */
import type { AnswerValue, Item } from './types';

export function emptyValue(item: Item): AnswerValue {
  switch (item.kind) {
    case 'action':
      return { done: false, occurredAt: '', by: '' };
    case 'checkboxGroup':
      return { selected: [], other: '' };
    case 'table':
      return (item.presets ?? []).map((p) => ({ preset: p.id, cells: {} }));
    case 'approval':
      return { approver: '', at: '', comment: '' };
    case 'text':
    case 'datetime':
    case 'person':
    case 'triState':
      return '';
  }
}
