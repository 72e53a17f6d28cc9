/**
 * An answer as the record draws it: the read side's blocks (src/checklist/kinds),
 * with each empty value of a filled-in record marked `missing` and worded
 * 未記入, so the page, the printout and the PDF all say 未記入 where nothing
 * was written instead of leaving a line that looks like an unfinished form.
 * The blank checklist keeps its empty values: they are the lines to write on.
 */
import type { ReadBlock } from '@/checklist/kinds/read-blocks';

export type RecordPair = { label: string; value: string; missing?: true };
export type RecordBlock =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'checks'; checks: { label: string; checked: boolean; hint?: string }[]; other?: string }
  | { kind: 'pairs'; pairs: RecordPair[] }
  | { kind: 'rows'; rows: { title: string; pairs: RecordPair[] }[] };

const pairs = (list: { label: string; value: string }[], open: string): RecordPair[] =>
  list.map((p) => (p.value.trim() ? p : { label: p.label, value: open, missing: true }));

/** The quiet mark after what this app suggests (the section's legend says what it means). */
export const PROPOSED_MARK = '†';
const marked = (text: string, proposed: boolean | undefined) => (proposed ? `${text} ${PROPOSED_MARK}` : text);

/**
 * `open` is the 未記入 label; in the blank checklist empty values stay as they
 * are. Options, hints and preset rows that are ours carry † in both.
 */
export function recordBlock(block: ReadBlock, blank: boolean, open: string): RecordBlock {
  switch (block.kind) {
    case 'pairs':
      return blank ? block : { kind: 'pairs', pairs: pairs(block.pairs, open) };
    case 'rows':
      return {
        kind: 'rows',
        rows: block.rows.map((row) => ({ title: marked(row.title || (blank ? row.title : open), row.proposed), pairs: blank ? row.pairs : pairs(row.pairs, open) })),
      };
    case 'checks':
      return {
        ...block,
        checks: block.checks.map((check) => ({
          label: marked(check.label, check.proposed),
          checked: check.checked,
          ...(check.hint !== undefined && { hint: marked(check.hint, check.hintProposed) }),
        })),
      };
    default:
      return block;
  }
}
