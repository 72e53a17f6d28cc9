/** Who approved, when, and a comment. Answered once someone is named with a time. */
import * as z from 'zod/mini';
import { isoOrEmpty, long, short, strictIsoOrEmpty } from '@/checklist/rules';
import type { KindModule } from './kind-module';
import { BLANK, dateText } from './read-blocks';

export const approval: KindModule<'approval'> = {
  empty: () => ({ approver: '', at: '', comment: '' }),
  schema: () => z.object({ approver: short, at: isoOrEmpty, comment: long }),
  strictSchema: () => z.strictObject({ approver: short, at: strictIsoOrEmpty, comment: long }),
  hasValue: (_item, value) => value.approver.trim() !== '' && value.at !== '',
  /** A half-filled approval is not yet an answer (it stays open), but what was written is still shown. */
  isBlank: (_item, value) => !value.approver.trim() && !value.at && !value.comment.trim(),
  read: (_item, value, ctx) => ({
    kind: 'pairs',
    pairs: [
      { label: ctx.t('approval.approver'), value: value.approver },
      { label: ctx.t('approval.at'), value: dateText(value.at, ctx) },
      { label: ctx.t('approval.comment'), value: value.comment },
    ],
  }),
  blank: (_item, ctx) => ({
    kind: 'pairs',
    pairs: ['approval.approver', 'approval.at', 'approval.comment'].map((k) => ({ label: ctx.t(k), value: BLANK })),
  }),
  searchText: (_item, value) => [value.approver, value.comment],
};
