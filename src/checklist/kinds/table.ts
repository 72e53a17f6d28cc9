/** Rows of a small table; preset rows are offered with their first column prefilled. */
import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { keys } from '@/checklist/i18n-keys';
import { dateOrEmpty, LIMITS, long, strictIsoOrEmpty, triStateOrEmpty } from '@/checklist/rules';
import type { ColumnKind, Preset, TableRow } from '@/checklist/types';
import type { ItemOf, KindModule, Owed } from './kind-module';
import { dateText, type ReadBlock, type ReadContext } from './read-blocks';

type ColumnRules = {
  /** What the cell's input can store. */
  strict: z.ZodMiniType<string>;
  /** Whether search looks through it (dates and yes/no would match almost any query). */
  searched: boolean;
  show: (cell: string, ctx: ReadContext) => string;
};
const asTyped = (cell: string) => cell;
/** Every column kind, once: a kind missing here does not compile. */
const columns = {
  text: { strict: long, searched: true, show: asTyped },
  person: { strict: long, searched: true, show: asTyped },
  datetime: { strict: strictIsoOrEmpty, searched: false, show: dateText },
  date: { strict: dateOrEmpty, searched: false, show: asTyped },
  triState: { strict: triStateOrEmpty, searched: false, show: (cell, ctx) => (cell ? ctx.t(`triState.${cell}`) : cell) },
} satisfies Record<ColumnKind, ColumnRules>;

/** A row's name: what was typed in its first cell, else its preset's name, else its number. */
export function tableRowTitle(item: ItemOf<'table'>, row: TableRow, index: number, t: TFunction): string {
  return row.cells[item.columns[0]!.id] || (row.preset ? t(keys.preset(item.id, row.preset)) : t('table.row', { n: index + 1 }));
}

/** The preset a row was offered as, if any (its source: the manual's destination, or ours). */
export function rowPreset(item: ItemOf<'table'>, row: TableRow): Preset | undefined {
  return row.preset ? item.presets?.find((p) => p.id === row.preset) : undefined;
}

/**
 * The rows' cells that the manual expects to be はい (報告済みか …) but say
 * いいえ or 不明: the report is still owed, so the table is not finished.
 */
function owedCells(item: ItemOf<'table'>, rows: TableRow[]): Owed[] {
  const out: Owed[] = [];
  rows.forEach((row, index) => {
    for (const column of item.columns) {
      if (column.kind !== 'triState' || column.expects !== 'yes') continue;
      if (column.unlessNo && row.cells[column.unlessNo] === 'no') continue;
      const cell = row.cells[column.id];
      if (cell === 'no' || cell === 'unknown') out.push({ value: cell, row: index, column: column.id });
    }
  });
  return out;
}

function tableRows(item: ItemOf<'table'>, rows: TableRow[], ctx: ReadContext): ReadBlock {
  return {
    kind: 'rows',
    rows: rows.map((row, i) => ({
      title: tableRowTitle(item, row, i, ctx.t),
      proposed: rowPreset(item, row)?.source === 'proposed',
      pairs: item.columns.slice(1).map((column) => ({
        label: ctx.t(keys.column(item.id, column.id)),
        value: columns[column.kind].show(row.cells[column.id] ?? '', ctx),
      })),
    })),
  };
}

const presetRows = (item: ItemOf<'table'>): TableRow[] => (item.presets ?? []).map((p) => ({ preset: p.id, cells: {} }));

export const table: KindModule<'table'> = {
  empty: presetRows,
  schema: () =>
    z
      .array(z.object({ preset: z.optional(z.string()), cells: z.record(z.string(), long) }))
      .check(z.maxLength(LIMITS.rows, 'validation.tooManyRows')),
  strictSchema: (item) => {
    const presets = (item.presets ?? []).map((p) => p.id);
    const cells = z.strictObject(Object.fromEntries(item.columns.map((column) => [column.id, z.exactOptional(columns[column.kind].strict)])));
    const row = z.strictObject({
      preset: z.optional(z.string().check(z.refine((id) => presets.includes(id), 'validation.unknownOption'))),
      cells,
    });
    return z.array(row).check(z.maxLength(LIMITS.rows, 'validation.tooManyRows'));
  },
  // A preset row's first cell is the prefilled name: only what was
  // written beside it makes the row an answer.
  hasValue: (item, value) => {
    const first = item.columns[0]?.id;
    return value.some((row) =>
      Object.entries(row.cells).some(([column, cell]) => cell.trim() !== '' && !(row.preset && column === first)),
    );
  },
  owed: owedCells,
  read: tableRows,
  blank: (item, ctx) => tableRows(item, [...presetRows(item), { cells: {} }, { cells: {} }], ctx),
  searchText: (item, value) => {
    const skip = new Set(item.columns.filter((c) => !columns[c.kind].searched).map((c) => c.id));
    return value.flatMap((row) => Object.entries(row.cells).flatMap(([column, cell]) => (skip.has(column) ? [] : [cell])));
  },
};
