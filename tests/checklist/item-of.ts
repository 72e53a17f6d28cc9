import { allItems } from '@/checklist/lookup';
import type { Item, ItemKind } from '@/checklist/types';

/** The first item of the checklist of a kind (and matching `where`). */
export function itemOf<K extends ItemKind>(kind: K, where: (item: Extract<Item, { kind: K }>) => boolean = () => true): Extract<Item, { kind: K }> {
  const item = allItems().find((i): i is Extract<Item, { kind: K }> => i.kind === kind && where(i as Extract<Item, { kind: K }>));
  if (!item) throw new Error(`no ${kind} item`);
  return item;
}
