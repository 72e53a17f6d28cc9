/**
 * A report log per authority (厚生労働省, 個人情報保護委員会, 警察, IPA …, and
 * ones the user adds): whether a report is required, and each report made
 * (速報 / 確報 / 追加 / 相談: when, by whom, how, to whom, 受付番号, what was sent).
 *
 * Progress: the item is answered once something was decided or reported, and
 * stays open while any authority marked 必要 (required 'yes') has no report
 * yet. So the step list, the counts in the header, the list card and the
 * question before 完了にする (all counting through progress.ts) show a
 * required report not yet made as open.
 */
import * as z from 'zod/mini';
import { AUTHORITY_IDS } from '@/checklist/legal/facts';
import { isoOrEmpty, LIMITS, long, strictIsoOrEmpty, triStateOrEmpty } from '@/checklist/rules';
import { PPC_ITEMS, REPORT_METHODS, REPORT_TYPES, type AuthorityLog, type ReportEntry, type ReportLogValue } from '@/checklist/types';
import type { ItemOf, KindModule } from './kind-module';
import { isolate } from '@/lib/bidi';
import { BLANK, dateText, type Pair, type ReadBlock, type ReadContext } from './read-blocks';

const CUSTOM = /^custom:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const knownIds: ReadonlySet<string> = new Set(AUTHORITY_IDS);

export const isCustomAuthority = (id: string) => id.startsWith('custom:');
export const newCustomAuthority = (): AuthorityLog => ({ id: `custom:${crypto.randomUUID()}`, name: '', required: '', reports: [] });

/** The authorities listed before anything is written: the item's defaults, none required yet. */
export const defaultAuthorities = (item: ItemOf<'reportLog'>): AuthorityLog[] =>
  item.authorities.map((id) => ({ id, required: '', reports: [] }));

/** An authority's name: what the user typed for an added one, else the generic name (legal.json). */
export function authorityName(authority: AuthorityLog, t: ReadContext['t']): string {
  if (isCustomAuthority(authority.id)) return authority.name?.trim() || t('reportLog.customUnnamed');
  return knownIds.has(authority.id) ? t(`legal.authorities.${authority.id}.name`) : authority.name || authority.id;
}

/** The authorities marked 必要 that have no report yet: what keeps the item open. */
export const unreported = (value: ReportLogValue): AuthorityLog[] =>
  value.authorities.filter((a) => a.required === 'yes' && a.reports.length === 0);

const written = (value: ReportLogValue) =>
  value.authorities.some((a) => a.required !== '' || a.reports.length > 0 || (a.name ?? '').trim() !== '' || (a.note ?? '').trim() !== '');

function reportPairs(report: ReportEntry, ctx: ReadContext): Pair[] {
  const { t } = ctx;
  return [
    { label: t('reportLog.field.type'), value: t(`reportLog.type.${report.type}`) },
    { label: t('reportLog.field.at'), value: report.at ? dateText(report.at, ctx) : '' },
    { label: t('reportLog.field.by'), value: report.by },
    { label: t('reportLog.field.method'), value: t(`reportLog.method.${report.method}`) },
    { label: t('reportLog.field.counterpart'), value: report.counterpart },
    { label: t('reportLog.field.receiptNo'), value: report.receiptNo },
    { label: t('reportLog.field.sent'), value: report.sent },
  ];
}

/** One row per authority (必要か, then its reports), so the record, the print and the PDF draw it as the tables are drawn. */
function rows(value: ReportLogValue, ctx: ReadContext): ReadBlock {
  const { t } = ctx;
  return {
    kind: 'rows',
    rows: value.authorities.map((authority) => ({
      title: authorityName(authority, t),
      pairs: [
        { label: t('reportLog.required'), value: authority.required ? t(`triState.${authority.required}`) : '' },
        ...(authority.reports.length === 0
          ? [{ label: t('reportLog.reports'), value: t('reportLog.noReports') }]
          : authority.reports.map((report, i) => ({
              label: t('reportLog.reportN', { n: i + 1 }),
              value: reportPairs(report, ctx)
                .filter((p) => p.value)
                .map((p) => `${p.label}: ${p.value}`)
                .join(t('reportLog.join')),
            }))),
        ...(authority.note ? [{ label: t('reportLog.note'), value: authority.note }] : []),
      ],
    })),
  };
}

const draftTexts = (value: ReportLogValue) => Object.values(value.ppcDraft?.items ?? {});

/** The PPC draft's edited items, as one more row (what was drawn from the answers is in those answers). */
function withDraft(block: ReadBlock, value: ReportLogValue, ctx: ReadContext): ReadBlock {
  const draft = value.ppcDraft;
  if (block.kind !== 'rows' || !draft) return block;
  const pairs = PPC_ITEMS.flatMap((id) => (draft.items[id]?.trim() ? [{ label: ctx.t(`ppcDraft.item.${id}`), value: draft.items[id]! }] : []));
  if (pairs.length === 0) return block;
  return { ...block, rows: [...block.rows, { title: ctx.t('ppcDraft.title', { stage: ctx.t(`reportLog.type.${draft.stage}`) }), pairs }] };
}

/** The paper form: per authority 必要か and one report's fields to write in. */
function blank(item: ItemOf<'reportLog'>, ctx: ReadContext): ReadBlock {
  const { t } = ctx;
  const fields = ['type', 'at', 'by', 'method', 'counterpart', 'receiptNo', 'sent'] as const;
  return {
    kind: 'rows',
    rows: [...defaultAuthorities(item), newBlank()].map((authority) => ({
      title: authority.id === '' ? t('reportLog.customBlank') : authorityName(authority, t),
      pairs: [{ label: t('reportLog.required'), value: BLANK }, ...fields.map((f) => ({ label: t(`reportLog.field.${f}`), value: BLANK }))],
    })),
  };
}
const newBlank = (): AuthorityLog => ({ id: '', required: '', reports: [] });

/**
 * The reports made and those still to make, one line each, for the record's
 * summary: 「個人情報保護委員会（速報、2026/11/26 10:00、田中、電話）」; a required
 * report not made, one whose need is not known or not yet judged is pending;
 * one judged not required is neither.
 */
export function reportLogSummary(value: ReportLogValue, ctx: ReadContext, open: string): { done: string[]; pending: string[] } {
  const { t } = ctx;
  const done: string[] = [];
  const pending: string[] = [];
  const line = (what: string, detail: string[]) =>
    detail.length ? t('record.summary.reportDetail', { what, detail: detail.join(t('record.summary.listJoin')) }) : what;
  for (const authority of value.authorities) {
    const name = isCustomAuthority(authority.id) ? isolate(authorityName(authority, t)) : authorityName(authority, t);
    for (const r of authority.reports) {
      const detail = [t(`reportLog.type.${r.type}`), r.at ? dateText(r.at, ctx) : '', r.by ? isolate(r.by) : '', t(`reportLog.method.${r.method}`)];
      done.push(line(name, detail.filter(Boolean)));
    }
    if (authority.reports.length > 0 || authority.required === 'no') continue;
    const detail = authority.required === 'yes' ? t('reportLog.pendingRequired') : authority.required === 'unknown' ? t('reportLog.pendingUnknown') : open;
    pending.push(line(name, [detail]));
  }
  return { done, pending };
}

// ---- schemas -----------------------------------------------------------------

const storedReport = z.object({
  id: z.string(),
  type: z.enum(REPORT_TYPES),
  at: isoOrEmpty,
  by: long,
  method: z.enum(REPORT_METHODS),
  counterpart: long,
  receiptNo: long,
  sent: long,
});
const draftItems = (text: z.ZodMiniType<string>) => Object.fromEntries(PPC_ITEMS.map((id) => [id, z.exactOptional(text)]));
const storedSchema = z.object({
  ppcDraft: z.optional(z.object({ stage: z.enum(['sokuho', 'kakuho']), items: z.object(draftItems(long)) })),
  authorities: z
    .array(
      z.object({
        id: z.string(),
        name: z.optional(long),
        required: triStateOrEmpty,
        note: z.optional(long),
        reports: z.array(storedReport).check(z.maxLength(LIMITS.rows, 'validation.tooManyRows')),
      }),
    )
    .check(z.maxLength(LIMITS.rows, 'validation.tooManyRows')),
});

const strictReport = z.strictObject({
  id: z.string().check(z.regex(UUID, 'validation.invalid')),
  type: z.enum(REPORT_TYPES, 'validation.unknownOption'),
  at: strictIsoOrEmpty,
  // As long as any typed text (the table cells these replace took as much).
  by: long,
  method: z.enum(REPORT_METHODS, 'validation.unknownOption'),
  counterpart: long,
  receiptNo: long,
  sent: long,
});
const strictAuthority = z.strictObject({
  id: z.string().check(z.refine((id) => knownIds.has(id) || CUSTOM.test(id), 'validation.unknownOption')),
  name: z.exactOptional(long),
  required: z.enum(['yes', 'no', 'unknown', ''], 'validation.unknownOption'),
  note: z.exactOptional(long),
  reports: z.array(strictReport).check(
    z.maxLength(LIMITS.rows, 'validation.tooManyRows'),
    z.refine((reports) => new Set(reports.map((r) => r.id)).size === reports.length, 'validation.invalid'),
  ),
});
const strictSchema = z.strictObject({
  ppcDraft: z.exactOptional(z.strictObject({ stage: z.enum(['sokuho', 'kakuho'], 'validation.unknownOption'), items: z.strictObject(draftItems(long)) })),
  authorities: z.array(strictAuthority).check(
    z.maxLength(LIMITS.rows, 'validation.tooManyRows'),
    z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'validation.invalid'),
  ),
});

export const reportLog: KindModule<'reportLog'> = {
  empty: (item) => ({ authorities: defaultAuthorities(item) }),
  schema: () => storedSchema,
  strictSchema: () => strictSchema,
  hasValue: (_item, value) => written(value) && unreported(value).length === 0,
  // A draft of the PPC report alone is written, though it decides no report.
  isBlank: (_item, value) => !written(value) && !draftTexts(value).some((text) => text.trim() !== ''),
  read: (_item, value, ctx) => withDraft(rows(value, ctx), value, ctx),
  blank,
  searchText: (_item, value) =>
    [
      ...value.authorities.flatMap((a) => [a.name ?? '', a.note ?? '', ...a.reports.flatMap((r) => [r.by, r.counterpart, r.receiptNo, r.sent])]),
      ...draftTexts(value),
    ].filter(Boolean),
};
