/** はい / いいえ / 不明, or nothing yet; not searched (yes/no would match almost any query). */
import { triStateOrEmpty } from '@/checklist/rules';
import { TRI_STATES } from '@/checklist/types';
import type { KindModule } from './kind-module';

export const triState: KindModule<'triState'> = {
  empty: () => '',
  schema: () => triStateOrEmpty,
  strictSchema: () => triStateOrEmpty,
  hasValue: (_item, value) => value !== '',
  owed: (item, value) => (item.expects === 'yes' && (value === 'no' || value === 'unknown') ? [{ value }] : []),
  read: (_item, value, ctx) => ({ kind: 'lines', lines: [ctx.t(`triState.${value}`)] }),
  blank: (_item, ctx) => ({ kind: 'checks', checks: TRI_STATES.map((s) => ({ label: ctx.t(`triState.${s}`), checked: false })) }),
  searchText: () => [],
};
