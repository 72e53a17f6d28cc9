/**
 * One of the item's own options (the 個人情報保護法 questions of 【2-10】:
 * はい / おそれあり / いいえ / 不明 …), or nothing yet; not searched.
 * A stored value that is no longer an option still opens (lenient schema) and reads as it is.
 */
import * as z from 'zod/mini';
import { keys } from '@/checklist/i18n-keys';
import { short } from '@/checklist/rules';
import type { KindModule } from './kind-module';

const strict = new WeakMap<object, z.ZodMiniType<string>>();

export const choice: KindModule<'choice'> = {
  empty: () => '',
  schema: () => short,
  strictSchema: (item) => {
    let schema = strict.get(item);
    if (!schema) {
      schema = z.enum(['', ...item.options] as [string, ...string[]]);
      strict.set(item, schema);
    }
    return schema;
  },
  hasValue: (_item, value) => value !== '',
  read: (item, value, ctx) => ({ kind: 'lines', lines: [item.options.includes(value) ? ctx.t(keys.itemOption(item.id, value)) : value] }),
  blank: (item, ctx) => ({ kind: 'checks', checks: item.options.map((o) => ({ label: ctx.t(keys.itemOption(item.id, o)), checked: false })) }),
  searchText: () => [],
};
