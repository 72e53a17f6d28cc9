// @vitest-environment node
/** The item kinds' own modules through the registry: empty values, what is blank, what reads and what search finds. */
import i18next from 'i18next';
import { blankValue, emptyValue, isBlank, kinds, readValue, searchText } from '@/checklist/kinds';
import type { KindRegistry } from '@/checklist/kinds/kind-module';
import { allItems } from '@/checklist/lookup';
import { cachedValueSchema, strictValueSchema } from '@/checklist/schema';
import { itemOf } from './item-of';

const ctx = { t: i18next.t.bind(i18next), lang: 'ja' };

describe('the registry of item kinds', () => {
  it('has a module for every kind the checklist uses', () => {
    for (const item of allItems()) expect(Object.keys(kinds), item.id).toContain(item.kind);
  });

  it('refuses, at compile time, a registry missing a kind or holding another kind’s module', () => {
    const complete = { ...kinds } satisfies KindRegistry;
    const { approval: _approval, ...missing } = kinds;
    // @ts-expect-error approval is missing: tsc -p tsconfig.json (which includes tests) fails if this ever compiles
    const incomplete = missing satisfies KindRegistry;
    // @ts-expect-error a text module cannot stand for the action kind
    const wrong = { ...kinds, action: kinds.text } satisfies KindRegistry;
    expect([complete, incomplete, wrong]).toHaveLength(3);
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
