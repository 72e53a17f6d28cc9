/** Options of a named list (発生事象ケース …), each ticked or not, plus その他 with free text. */
import * as z from 'zod/mini';
import { keys } from '@/checklist/i18n-keys';
import { optionList } from '@/checklist/lookup';
import { long } from '@/checklist/rules';
import type { CheckboxValue } from '@/checklist/types';
import type { ItemOf, KindModule } from './kind-module';
import type { ReadBlock, ReadContext } from './read-blocks';

/** The ticked options (or, for the paper checklist, all of them) with their hints, その他 last. */
function checks(item: ItemOf<'checkboxGroup'>, value: CheckboxValue, ctx: ReadContext, all: boolean): ReadBlock {
  const list = optionList(item.list);
  const options = list.options
    .filter((o) => all || value.selected.includes(o.id))
    .map((o) => ({
      label: ctx.t(keys.option(list.id, o.id)),
      checked: value.selected.includes(o.id),
      hint: o.hint && value.selected.includes(o.id) ? ctx.t(keys.optionHint(list.id, o.id)) : undefined,
      proposed: o.source === 'proposed',
      hintProposed: o.hint === 'proposed',
    }));
  if (all || value.selected.includes('other') || value.other) {
    options.push({ label: ctx.t('options.other'), checked: value.selected.includes('other'), hint: undefined, proposed: false, hintProposed: false });
  }
  return { kind: 'checks', checks: options, other: value.other || undefined };
}

export const checkboxGroup: KindModule<'checkboxGroup'> = {
  empty: () => ({ selected: [], other: '' }),
  schema: (item) => {
    const ids = new Set(optionList(item.list).options.map((o) => o.id));
    return z.object({
      selected: z.array(z.string()).check(z.refine((sel) => sel.every((id) => ids.has(id) || id === 'other'), 'validation.unknownOption')),
      other: long,
    });
  },
  strictSchema: (item) => {
    const ids = new Set([...optionList(item.list).options.map((o) => o.id), 'other']);
    return z.strictObject({
      selected: z.array(z.string()).check(z.refine((sel) => sel.every((id, i) => ids.has(id) && sel.indexOf(id) === i), 'validation.unknownOption')),
      other: long,
    });
  },
  hasValue: (_item, value) => value.selected.length > 0 || value.other.trim() !== '',
  read: (item, value, ctx) => checks(item, value, ctx, false),
  blank: (item, ctx) => checks(item, { selected: [], other: '' }, ctx, true),
  searchText: (_item, value) => [value.other],
};
