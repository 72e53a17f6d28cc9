/**
 * What an item kind means, in one pure module per kind (the React editor is
 * the other half, in src/fields/<kind>-field.tsx). Each module is typed with
 * its own item and value, so nothing inside it needs a cast.
 */
import type * as z from 'zod/mini';
import type { Item, ItemKind, ValueOf } from '@/checklist/types';
import type { ReadBlock, ReadContext } from './read-blocks';

export type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;

/**
 * An answer that keeps an answered item open: a tri-state the manual expects
 * to be はい (Column/Item `expects`) says いいえ or 不明. For a table, `row`
 * is the row's index and `column` the column's id.
 */
export type Owed = { value: 'no' | 'unknown'; row?: number; column?: string };

export type KindModule<K extends ItemKind> = {
  /** What an unanswered input shows (and what the wizard's form starts from). */
  empty: (item: ItemOf<K>) => ValueOf<K>;
  /** What a stored record may hold to be read: lenient, so data written by older versions still opens. */
  schema: (item: ItemOf<K>) => z.ZodMiniType<ValueOf<K>>;
  /** Exactly what the item's input can store (no other keys, dates as the inputs write them): what an import must meet. */
  strictSchema: (item: ItemOf<K>) => z.ZodMiniType<ValueOf<K>>;
  /** Whether the value answers the item (progress: done rather than open). */
  hasValue: (item: ItemOf<K>, value: ValueOf<K>) => boolean;
  /** What the answer still owes (progress: owed rather than done); when absent, nothing. */
  owed?: (item: ItemOf<K>, value: ValueOf<K>) => Owed[];
  /** Whether nothing at all was written; when absent, !hasValue. */
  isBlank?: (item: ItemOf<K>, value: ValueOf<K>) => boolean;
  /** The answer as a text block (record page, print, PDF, activity log). */
  read: (item: ItemOf<K>, value: ValueOf<K>, ctx: ReadContext) => ReadBlock;
  /** The empty form of the item for the paper checklist. */
  blank: (item: ItemOf<K>, ctx: ReadContext) => ReadBlock;
  /** What search looks through: only typed text (option ids, dates and yes/no would match almost any query). */
  searchText: (item: ItemOf<K>, value: ValueOf<K>) => string[];
};

/** One module for every kind: an object missing a kind (or holding another kind's module) does not compile. */
export type KindRegistry = { [K in ItemKind]: KindModule<K> };
