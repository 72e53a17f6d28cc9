/** What search looks through in an incident, and how text is compared (search-index.ts keeps the index). */
import { findItem } from '@/checklist/lookup';
import { searchText } from '@/checklist/kinds';
import type { AnswerValue } from '@/checklist/types';
import type { IncidentRow } from './types';

/** Full-width and half-width letters and digits compare equal, and case is ignored. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The title, what people typed into the answers, and the 対象外 reasons, one per line. */
export function incidentText(row: IncidentRow): string {
  const parts = [row.title];
  for (const [itemId, answer] of Object.entries(row.answers)) {
    if (answer.value !== undefined) parts.push(...answerText(itemId, answer.value));
    if (answer.na !== undefined) parts.push(answer.na);
  }
  return parts.filter(Boolean).join('\n');
}

/** Only typed text (each kind's module says which): option ids, preset ids, dates and yes/no would match almost any query. */
function answerText(itemId: string, value: AnswerValue): string[] {
  const item = findItem(itemId);
  return item ? searchText(item, value) : allStrings(value); // an id the definition retired: its shape is unknown
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(allStrings);
}
