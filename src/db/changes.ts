/**
 * What a user can change in an incident, as the save queue hands it to
 * saveChanges (incidents.ts). No database code here: the save queue, on the
 * first screen, imports it.
 */
import type { AnswerValue } from '@/checklist/types';

/** One thing a user typed or chose. `base`: what the writer last saw stored for that field (see saveChanges). */
export type Change = (
  | { kind: 'answer'; itemId: string; value: AnswerValue }
  /** A reason marks the item 対象外 (and drops its draft); null clears the mark. */
  | { kind: 'na'; itemId: string; reason: string | null }
  /** A 対象外 reason being typed, not yet confirmed; '' drops it. */
  | { kind: 'naDraft'; itemId: string; text: string }
  | { kind: 'recorder'; name: string }
  | { kind: 'title'; title: string }
  | { kind: 'detectedAt'; detectedAt: string }
  | { kind: 'dismissOverwrite'; itemId: string }
) & { base?: unknown };

/** Who writes, and from which tab (a log line is merged only with one of the same tab). */
export type WriteContext = { recorder: string; tab?: string };

/** The field a change writes: a save queue holds one pending change per key. */
export function changeKey(change: Pick<Change, 'kind'> & { itemId?: string }): string {
  return change.itemId !== undefined ? `${change.kind}:${change.itemId}` : change.kind;
}
