// @vitest-environment node
/** The item kinds' own modules through the registry: empty values, what is blank, what reads and what search finds. */
import i18next from 'i18next';
import { blankValue, emptyValue, isBlank, kinds, readValue, searchText } from '@/checklist/kinds';
import type { KindRegistry } from '@/checklist/kinds/kind-module';
import { allItems } from '@/checklist/lookup';
import { cachedValueSchema, strictValueSchema } from '@/checklist/schema';
import type { Item, ItemKind } from '@/checklist/types';

function itemOf<K extends ItemKind>(kind: K, where: (item: Extract<Item, { kind: K }>) => boolean = () => true): Extract<Item, { kind: K }> {
  const item = allItems().find((i): i is Extract<Item, { kind: K }> => i.kind === kind && where(i as Extract<Item, { kind: K }>));
  if (!item) throw new Error(`no ${kind} item`);
  return item;
}
/** Every kind, once (a kind missing here does not compile). */
const ITEM_KINDS = Object.keys({ action: 0, checkboxGroup: 0, text: 0, datetime: 0, person: 0, triState: 0, table: 0, approval: 0 } satisfies Record<ItemKind, 0>);
const ctx = { t: i18next.t.bind(i18next), lang: 'ja' };

describe('the registry of item kinds', () => {
  it('has one module for every kind the checklist uses, and nothing else', () => {
    expect(Object.keys(kinds).sort()).toEqual([...ITEM_KINDS].sort());
    expect(new Set(allItems().map((item) => item.kind))).toEqual(new Set(ITEM_KINDS));
  });

  it('refuses, at compile time, a registry missing a kind or holding another kind’s module', () => {
    const { action, checkboxGroup, text, datetime, person, triState, table, approval } = kinds;
    const complete = { action, checkboxGroup, text, datetime, person, triState, table, approval } satisfies KindRegistry;
    // @ts-expect-error approval is missing: tsc -p tsconfig.json (which includes tests) fails if this ever compiles
    const missing = { action, checkboxGroup, text, datetime, person, triState, table } satisfies KindRegistry;
    // @ts-expect-error a text module cannot stand for the action kind
    const wrong = { action: text, checkboxGroup, text, datetime, person, triState, table, approval } satisfies KindRegistry;
    expect([complete, missing, wrong]).toHaveLength(3);
  });
});

describe('each kind', () => {
  it('starts empty: an empty value is no answer, is blank, reads as nothing, and passes both schemas', () => {
    for (const item of allItems()) {
      const empty = emptyValue(item);
      expect(isBlank(item, empty), item.id).toBe(true);
      expect(readValue(item, empty, ctx), item.id).toBeNull();
      expect(cachedValueSchema(item).safeParse(empty).success, item.id).toBe(true);
      expect(strictValueSchema(item).safeParse(empty).success, item.id).toBe(true);
      expect(blankValue(item, ctx), item.id).toBeTruthy();
    }
  });

  it('gives the empty value of each kind', () => {
    expect(emptyValue(itemOf('action'))).toEqual({ done: false, occurredAt: '', by: '' });
    expect(emptyValue(itemOf('checkboxGroup'))).toEqual({ selected: [], other: '' });
    expect(emptyValue(itemOf('approval'))).toEqual({ approver: '', at: '', comment: '' });
    for (const kind of ['text', 'datetime', 'person', 'triState'] as const) expect(emptyValue(itemOf(kind))).toBe('');
    const table = itemOf('table', (i) => (i.presets?.length ?? 0) > 0);
    expect(emptyValue(table)).toEqual(table.presets!.map((p) => ({ preset: p.id, cells: {} })));
  });

  it('a half-filled approval is not blank (it is shown) though it is not yet an answer', () => {
    const approval = itemOf('approval');
    expect(isBlank(approval, { approver: '', at: '', comment: '保留' })).toBe(false);
    expect(readValue(approval, { approver: '', at: '', comment: '保留' }, ctx)).not.toBeNull();
  });

  it('search finds only typed text', () => {
    expect(searchText(itemOf('text'), '暗号化された')).toEqual(['暗号化された']);
    expect(searchText(itemOf('person'), '佐藤')).toEqual(['佐藤']);
    expect(searchText(itemOf('action'), { done: true, occurredAt: '2026-11-26T01:00:00.000Z', by: '佐藤' })).toEqual(['佐藤']);
    expect(searchText(itemOf('checkboxGroup'), { selected: ['encrypted'], other: '別の事象' })).toEqual(['別の事象']);
    expect(searchText(itemOf('approval'), { approver: '院長', at: '2026-11-26T01:00:00.000Z', comment: '承認' })).toEqual(['院長', '承認']);
    expect(searchText(itemOf('datetime'), '2026-11-26T01:00:00.000Z')).toEqual([]);
    expect(searchText(itemOf('triState'), 'yes')).toEqual([]);
    const table = itemOf('table', (i) => i.columns.some((c) => c.kind === 'triState') && i.columns.some((c) => c.kind === 'datetime'));
    const cells = Object.fromEntries(
      table.columns.map((c) => [c.id, c.kind === 'triState' ? 'yes' : c.kind === 'datetime' ? '2026-11-26T01:00:00.000Z' : `typed-${c.id}`]),
    );
    const typed = table.columns.filter((c) => c.kind !== 'triState' && c.kind !== 'datetime').map((c) => `typed-${c.id}`);
    expect(searchText(table, [{ cells }])).toEqual(typed);
  });
});
