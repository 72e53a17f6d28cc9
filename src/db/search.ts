/** What search looks through in an incident, and how text is compared (search-index.ts keeps the index). */
import { findItem } from '@/checklist/lookup';
import type { ActionValue, ApprovalValue, CheckboxValue, Item, TableRow } from '@/checklist/types';
import type { IncidentRow } from './types';

/** Full-width and half-width letters and digits compare equal, and case is ignored. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The title, what people typed into the answers, and the 対象外 reasons, one per line. */
export function incidentText(row: IncidentRow): string {
  const parts = [row.title];
  for (const [itemId, answer] of Object.entries(row.answers)) {
    if (answer.value !== undefined) parts.push(...answerText(findItem(itemId), answer.value));
    if (answer.na !== undefined) parts.push(answer.na);
  }
  return parts.filter(Boolean).join('\n');
}

const NON_TEXT_COLUMNS = new Set(['datetime', 'date', 'triState']);

/** Only typed text: option ids, preset ids, dates and yes/no would match almost any query. */
function answerText(item: Item | undefined, value: unknown): string[] {
  switch (item?.kind) {
    case undefined:
      return allStrings(value); // an id the definition retired: its shape is unknown
    case 'text':
    case 'person':
      return [value as string];
    case 'action':
      return [(value as ActionValue).by];
    case 'checkboxGroup':
      return [(value as CheckboxValue).other];
    case 'approval':
      return [(value as ApprovalValue).approver, (value as ApprovalValue).comment];
    case 'table': {
      const skip = new Set(item.columns.filter((c) => NON_TEXT_COLUMNS.has(c.kind)).map((c) => c.id));
      return (value as TableRow[]).flatMap((row) =>
        Object.entries(row.cells).flatMap(([column, cell]) => (skip.has(column) ? [] : [cell])),
      );
    }
    case 'datetime':
    case 'triState':
      return [];
  }
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(allStrings);
}
