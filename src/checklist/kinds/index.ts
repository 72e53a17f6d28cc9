/**
 * The registry of item kinds: one pure module per kind (what it stores, what
 * counts as answered, how it reads and what search finds in it), and the
 * functions that dispatch an item to its kind's module. Adding a kind to
 * `Item` (types.ts) fails to compile until it has a module here, and an
 * editor in src/fields/registry.tsx.
 */
import type { AnswerValue, Item, ItemKind, TableRow } from '@/checklist/types';
import { action } from './action';
import { approval } from './approval';
import { checkboxGroup } from './checkbox-group';
import { choice } from './choice';
import { datetime } from './datetime';
import { keys } from '@/checklist/i18n-keys';
import { isolate } from '@/lib/bidi';
import type { KindModule, KindRegistry, Owed } from './kind-module';
import type { ReadBlock, ReadContext } from './read-blocks';
import { table, tableRowTitle } from './table';
import { reportLog } from './report-log';
import { person, text } from './text';
import { triState } from './tri-state';

export type { Owed } from './kind-module';

export const kinds = { action, checkboxGroup, text, datetime, person, triState, choice, table, approval, reportLog } satisfies KindRegistry;

/**
 * The module of an item's kind, with its item and value types widened to all
 * kinds. This is the one cast of the kinds: TypeScript cannot tie
 * `kinds[item.kind]` to the value stored beside the item (values come from
 * storage as AnswerValue). It is sound because `kinds` satisfies KindRegistry
 * (kinds[K] is KindModule<K>) and every stored value was checked against its
 * own item's schema when it was read (src/db/types.ts) or written.
 */
function moduleOf(item: Item): KindModule<ItemKind> {
  return kinds[item.kind] as unknown as KindModule<ItemKind>;
}

/** What an unanswered input shows. */
export const emptyValue = (item: Item): AnswerValue => moduleOf(item).empty(item);

/** The schema a stored value of the item must meet to be read (lenient; see schema.ts, which caches it). */
export const storedValueSchema = (item: Item) => moduleOf(item).schema(item);

/** Exactly what the item's input can store (see schema.ts, which caches it). */
export const inputValueSchema = (item: Item) => moduleOf(item).strictSchema(item);

/** Whether the value answers the item. */
export function hasValue(item: Item, value: AnswerValue | undefined): boolean {
  return value !== undefined && moduleOf(item).hasValue(item, value);
}

/** What an answered item still owes (いいえ / 不明 where the manual expects はい); empty when it is finished. */
export function owedAnswers(item: Item, value: AnswerValue | undefined): Owed[] {
  const kind = moduleOf(item);
  return value !== undefined && kind.owed ? kind.owed(item, value) : [];
}

/**
 * What is owed, one line each, for the user: 「報告済みか: いいえ」, or for a
 * table row 「個人情報保護委員会（報告済みか: いいえ）」.
 */
export function owedLines(item: Item, value: AnswerValue | undefined, ctx: ReadContext): string[] {
  return owedAnswers(item, value).map((owed) => {
    const answer = ctx.t(`triState.${owed.value}`);
    if (item.kind !== 'table' || owed.row === undefined || owed.column === undefined) {
      return ctx.t('item.owed.answer', { column: ctx.t(keys.itemLabel(item.id)), answer });
    }
    const row = (value as TableRow[])[owed.row]!;
    const title = tableRowTitle(item, row, owed.row, ctx.t);
    return ctx.t('item.owed.row', {
      // A typed row name is user text, isolated from the words around it (src/lib/bidi.ts).
      row: row.cells[item.columns[0]!.id] ? isolate(title) : title,
      column: ctx.t(keys.column(item.id, owed.column)),
      answer,
    });
  });
}

/** Whether nothing at all was written (a half-filled approval is not blank, though not yet an answer). */
export function isBlank(item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  const kind = moduleOf(item);
  return kind.isBlank ? kind.isBlank(item, value) : !kind.hasValue(item, value);
}

/** The answer as text blocks, or null when nothing was written. */
export function readValue(item: Item, value: AnswerValue | undefined, ctx: ReadContext): ReadBlock | null {
  if (value === undefined || isBlank(item, value)) return null;
  return moduleOf(item).read(item, value, ctx);
}

/** The empty form of the item for the paper checklist. */
export const blankValue = (item: Item, ctx: ReadContext): ReadBlock => moduleOf(item).blank(item, ctx);

/** What people typed into the answer, for search. */
export const searchText = (item: Item, value: AnswerValue): string[] => moduleOf(item).searchText(item, value);
