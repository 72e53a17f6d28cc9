/** A tick that records when it happened (now by default, editable) and who did it. */
import * as z from 'zod/mini';
import { isoOrEmpty, short, strictIsoOrEmpty } from '@/checklist/rules';
import type { KindModule } from './kind-module';
import { BLANK, dateText } from './read-blocks';

export const action: KindModule<'action'> = {
  empty: () => ({ done: false, occurredAt: '', by: '' }),
  schema: () => z.object({ done: z.boolean(), occurredAt: isoOrEmpty, by: short }),
  strictSchema: () => z.strictObject({ done: z.boolean(), occurredAt: strictIsoOrEmpty, by: short }),
  hasValue: (_item, value) => value.done,
  read: (_item, value, ctx) => ({
    kind: 'pairs',
    pairs: [
      { label: ctx.t('action.done'), value: value.done ? '✓' : '' },
      { label: ctx.t('action.occurredAt'), value: dateText(value.occurredAt, ctx) },
      { label: ctx.t('action.by'), value: value.by },
    ],
  }),
  blank: (_item, ctx) => ({
    kind: 'pairs',
    pairs: [
      { label: ctx.t('action.done'), value: '□' },
      { label: ctx.t('action.occurredAt'), value: BLANK },
      { label: ctx.t('action.by'), value: BLANK },
    ],
  }),
  searchText: (_item, value) => [value.by],
};
