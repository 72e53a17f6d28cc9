/**
 * An answer as plain blocks of text: what every item kind's `read` and
 * `blank` give. The record page renders these blocks as HTML and the PDF
 * writer draws the very same blocks, so the screen, the printout and the PDF
 * cannot disagree. `blank` is the empty form of a kind for the paper checklist.
 */
import type { TFunction } from 'i18next';
import { isolate } from '@/lib/bidi';
import { formatDateTime } from '@/lib/dates';

export type Pair = { label: string; value: string };
export type ReadBlock =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'checks'; checks: Check[]; other?: string }
  | { kind: 'pairs'; pairs: Pair[] }
  | { kind: 'rows'; rows: { title: string; pairs: Pair[]; proposed?: boolean }[] };

/** A checkbox option as read; `proposed` / `hintProposed`: our words, not the manual's (an option, a hint, a preset row). */
export type Check = { label: string; checked: boolean; hint?: string; proposed?: boolean; hintProposed?: boolean };

export type ReadContext = { t: TFunction; lang: string };

/** An empty line of the paper checklist, to write on. */
export const BLANK = '';
export const dateText = (iso: string, ctx: ReadContext) => formatDateTime(iso, ctx.lang);

/**
 * A block on one line, for the activity log. What was typed is isolate()d
 * from the labels it is joined with (see src/lib/bidi.ts).
 */
export function blockText(block: ReadBlock): string {
  const pair = (p: Pair) => `${p.label}: ${isolate(p.value)}`;
  switch (block.kind) {
    case 'lines':
      return block.lines.map(isolate).join(' ');
    case 'checks':
      return [...block.checks.filter((c) => c.checked).map((c) => c.label), ...(block.other ? [isolate(block.other)] : [])].join('、');
    case 'pairs':
      return block.pairs.filter((p) => p.value).map(pair).join(' / ');
    case 'rows':
      return block.rows.map((r) => `${isolate(r.title)}（${r.pairs.filter((p) => p.value).map(pair).join(', ')}）`).join(' / ');
  }
}
