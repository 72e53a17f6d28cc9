/**
 * The read side of every item kind: an answer as plain blocks of text. The
 * record page renders these blocks as HTML and the PDF writer draws the very
 * same blocks, so the screen, the printout and the PDF cannot disagree.
 * `blank` gives the empty form of each kind for the paper checklist.
 */
import type { TFunction } from 'i18next';
import { keys } from '@/checklist/i18n-keys';
import { optionList } from '@/checklist/lookup';
import { hasValue } from '@/checklist/progress';
import { TRI_STATES, type ActionValue, type AnswerValue, type ApprovalValue, type CheckboxValue, type Item, type ItemKind, type TableRow } from '@/checklist/types';
import { isolate } from '@/lib/bidi';
import { formatDateTime } from '@/lib/dates';

export type Pair = { label: string; value: string };
export type ReadBlock =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'checks'; checks: { label: string; checked: boolean; hint?: string }[]; other?: string }
  | { kind: 'pairs'; pairs: Pair[] }
  | { kind: 'rows'; rows: { title: string; pairs: Pair[] }[] };

export type ReadContext = { t: TFunction; lang: string };
type Reader<K extends ItemKind> = {
  read: (item: Extract<Item, { kind: K }>, value: never, ctx: ReadContext) => ReadBlock;
  blank: (item: Extract<Item, { kind: K }>, ctx: ReadContext) => ReadBlock;
};

const BLANK = '';
const date = (iso: string, ctx: ReadContext) => formatDateTime(iso, ctx.lang);

function checks(item: Extract<Item, { kind: 'checkboxGroup' }>, value: CheckboxValue, ctx: ReadContext, all: boolean): ReadBlock {
  const list = optionList(item.list);
  const options = list.options
    .filter((o) => all || value.selected.includes(o.id))
    .map((o) => ({
      label: ctx.t(keys.option(list.id, o.id)),
      checked: value.selected.includes(o.id),
      hint: o.hint && value.selected.includes(o.id) ? ctx.t(keys.optionHint(list.id, o.id)) : undefined,
    }));
  if (all || value.selected.includes('other') || value.other) {
    options.push({ label: ctx.t('options.other'), checked: value.selected.includes('other'), hint: undefined });
  }
  return { kind: 'checks', checks: options, other: value.other || undefined };
}

/** A row's name: what was typed in its first cell, else its preset's name, else its number. */
export function tableRowTitle(item: Extract<Item, { kind: 'table' }>, row: TableRow, index: number, t: TFunction): string {
  return row.cells[item.columns[0]!.id] || (row.preset ? t(keys.preset(item.id, row.preset)) : t('table.row', { n: index + 1 }));
}

function tableRows(item: Extract<Item, { kind: 'table' }>, rows: TableRow[], ctx: ReadContext): ReadBlock {
  return {
    kind: 'rows',
    rows: rows.map((row, i) => ({
      title: tableRowTitle(item, row, i, ctx.t),
      pairs: item.columns.slice(1).map((column) => {
        const cell = row.cells[column.id] ?? '';
        const shown =
          column.kind === 'datetime' ? date(cell, ctx) : column.kind === 'triState' && cell ? ctx.t(`triState.${cell}`) : cell;
        return { label: ctx.t(keys.column(item.id, column.id)), value: shown };
      }),
    })),
  };
}

export const readers = {
  text: { read: (_i, v: string) => ({ kind: 'lines', lines: v.split('\n') }), blank: () => ({ kind: 'lines', lines: [BLANK, BLANK, BLANK] }) },
  person: { read: (_i, v: string) => ({ kind: 'lines', lines: [v] }), blank: () => ({ kind: 'lines', lines: [BLANK] }) },
  datetime: { read: (_i, v: string, ctx) => ({ kind: 'lines', lines: [date(v, ctx)] }), blank: () => ({ kind: 'lines', lines: [BLANK] }) },
  triState: {
    read: (_i, v: string, ctx) => ({ kind: 'lines', lines: [ctx.t(`triState.${v}`)] }),
    blank: (_i, ctx) => ({ kind: 'checks', checks: TRI_STATES.map((s) => ({ label: ctx.t(`triState.${s}`), checked: false })) }),
  },
  action: {
    read: (_i, v: ActionValue, ctx) => ({
      kind: 'pairs',
      pairs: [
        { label: ctx.t('action.done'), value: v.done ? '✓' : '' },
        { label: ctx.t('action.occurredAt'), value: date(v.occurredAt, ctx) },
        { label: ctx.t('action.by'), value: v.by },
      ],
    }),
    blank: (_i, ctx) => ({
      kind: 'pairs',
      pairs: [
        { label: ctx.t('action.done'), value: '□' },
        { label: ctx.t('action.occurredAt'), value: BLANK },
        { label: ctx.t('action.by'), value: BLANK },
      ],
    }),
  },
  checkboxGroup: {
    read: (item, v: CheckboxValue, ctx) => checks(item, v, ctx, false),
    blank: (item, ctx) => checks(item, { selected: [], other: '' }, ctx, true),
  },
  table: {
    read: (item, v: TableRow[], ctx) => tableRows(item, v, ctx),
    blank: (item, ctx) => tableRows(item, [...(item.presets ?? []).map((p) => ({ preset: p.id, cells: {} })), { cells: {} }, { cells: {} }], ctx),
  },
  approval: {
    read: (_i, v: ApprovalValue, ctx) => ({
      kind: 'pairs',
      pairs: [
        { label: ctx.t('approval.approver'), value: v.approver },
        { label: ctx.t('approval.at'), value: date(v.at, ctx) },
        { label: ctx.t('approval.comment'), value: v.comment },
      ],
    }),
    blank: (_i, ctx) => ({
      kind: 'pairs',
      pairs: ['approval.approver', 'approval.at', 'approval.comment'].map((k) => ({ label: ctx.t(k), value: BLANK })),
    }),
  },
} satisfies { [K in ItemKind]: Reader<K> };

/**
 * Whether anything at all was written: a half-filled approval is not yet an
 * answer (it stays open) but what was written is still shown.
 */
function isBlank(item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (item.kind === 'approval') {
    const v = value as ApprovalValue;
    return !v.approver.trim() && !v.at && !v.comment.trim();
  }
  return !hasValue(item, value);
}

/** The answer as text blocks, or null when nothing was written. */
export function readValue(item: Item, value: AnswerValue | undefined, ctx: ReadContext): ReadBlock | null {
  if (isBlank(item, value)) return null;
  const reader = readers[item.kind] as Reader<ItemKind>;
  return reader.read(item as never, value as never, ctx);
}

export function blankValue(item: Item, ctx: ReadContext): ReadBlock {
  return (readers[item.kind] as Reader<ItemKind>).blank(item as never, ctx);
}

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
