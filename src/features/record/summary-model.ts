/**
 * The record's first page, for the hospital's management and the
 * authorities: what happened, the impact on care, which reports are done and
 * which are pending, and what is still open per phase. Built once here from
 * the answers, as sections of items like the rest of the record, so the page
 * and the PDF draw it with the code that draws every other item.
 *
 * The items are taken by id from the definition (checklist/definition.ts):
 * detection (1-1) for what happened, the damage survey (2-10) and the systems
 * stopped (2-7) for the impact on care, the report logs of 2-13 and 2-18
 * for the reports; the 個人情報保護法 helper's verdict, deadlines and notice duty
 * from the 【2-10】 questions (needs legal.json: the record page loads it).
 */
import { legalStatus } from '@/checklist/legal-status';
import { legalText } from '@/checklist/legal-text';
import { isolate } from '@/lib/bidi';
import { findItem } from '@/checklist/lookup';
import { keys } from '@/checklist/i18n-keys';
import type { Answer, Item, ReportLogValue } from '@/checklist/types';
import type { ActivityEntry, IncidentRow } from '@/db/types';
import { defaultAuthorities, reportLogSummary } from '@/checklist/kinds/report-log';
import type { ReadContext } from '@/checklist/kinds/read-blocks';
import type { RecordLabels } from './record-labels';
import type { RecordItem, RecordPhase, RecordSection } from './record-model';

/** Which answers the summary shows, by item id. */
export const SUMMARY_ITEMS = {
  /** 1-1: the incident case checkboxes, the description, the device or system. */
  happened: ['incidentCases', 'incidentDescription', 'affectedDevice'],
  /** 2-10: impact on care and possible leak; 2-7: the systems whose use was stopped. */
  care: ['careImpact', 'stoppedSystems', 'leakPossible'],
  /** 2-13 and 2-18: the report logs (each report made; a required one not made is pending). */
  reports: ['reportLogMhlw', 'reportLogPolice'],
} as const;

export type RecordSummary = { heading: string; sections: RecordSection[] };

type Build = {
  incident: IncidentRow;
  phases: RecordPhase[];
  ctx: ReadContext;
  labels: RecordLabels;
  /** The record's own item (label, answer, 未記入 …), as the phases show it. */
  itemOf: (item: Item, answer: Answer | undefined) => RecordItem;
};

const MINUTE = 60_000;

/** 2日 3時間 15分: whole minutes, the larger units only when there are any. */
export function durationText(ms: number, ctx: ReadContext): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [
    ...(days ? [ctx.t('record.summary.days', { count: days })] : []),
    ...(days || hours ? [ctx.t('record.summary.hours', { count: hours })] : []),
    ctx.t('record.summary.minutes', { count: minutes % 60 }),
  ];
  return parts.join(ctx.t('record.summary.durationJoin'));
}

/** Everyone who recorded: the log's recorders in order of their first entry, then the current one. */
export function recordersOf(incident: IncidentRow, activity: ActivityEntry[]): string[] {
  const names: string[] = [];
  for (const name of [...activity.map((entry) => entry.recorder), incident.recorder]) {
    const trimmed = name.trim();
    if (trimmed && !names.includes(trimmed)) names.push(trimmed);
  }
  return names;
}

/** A line of the summary that is the app's own (a count, a list), shown as an answered item. */
function lineItem(id: string, label: string, lines: string[]): RecordItem {
  return { id, label, proposed: false, status: 'done', block: { kind: 'lines', lines }, notes: [] };
}

/** An answer as the summary shows it: without the 提案 mark, the hints of checked options, or who recorded it when. */
function compact(item: RecordItem): RecordItem {
  const block = item.block?.kind === 'checks' ? { ...item.block, checks: item.block.checks.map(({ label, checked }) => ({ label, checked })) } : item.block;
  return { ...item, proposed: false, block, updated: undefined };
}

function reportLines(build: Build): { done: string[]; pending: string[] } {
  const { ctx, labels, incident } = build;
  const done: string[] = [];
  const pending: string[] = [];
  for (const id of SUMMARY_ITEMS.reports) {
    const item = findItem(id);
    if (item?.kind !== 'reportLog') continue;
    const answer = incident.answers[id];
    // Marked 対象外 (no police report needed, say): not pending; its reason stands for it.
    if (answer?.na !== undefined) {
      done.push(ctx.t('record.summary.reportDetail', { what: ctx.t(keys.itemLabel(item.id)), detail: `${labels.notApplicable}: ${isolate(answer.na)}` }));
      continue;
    }
    const stored = answer?.value as ReportLogValue | undefined;
    const lines = reportLogSummary(stored ?? { authorities: defaultAuthorities(item) }, ctx, labels.open);
    done.push(...lines.done);
    pending.push(...lines.pending);
  }
  return { done, pending };
}

/** The helper's verdict with its reasons, the deadlines (while counting) and the notice duty. */
function legalItems(build: Build, now: Date): RecordItem[] {
  const { ctx, incident } = build;
  const status = legalStatus(incident, now);
  const text = legalText(status, ctx.t, ctx.lang);
  const colon = ctx.lang === 'en' ? ': ' : '：';
  const bullet = ctx.lang === 'en' ? '- ' : '・';
  const missing = text.missing.length ? [`${text.missingHeading}${colon}${text.missing.join(ctx.t('record.summary.listJoin'))}`] : [];
  return [
    lineItem('summary.legalVerdict', ctx.t('legal.record.verdict'), [text.verdict, ...text.reasons.map((r) => `${bullet}${r.text}`), ...missing, text.provenance]),
    ...(status.counting ? [lineItem('summary.legalDeadlines', ctx.t('legal.record.deadlines'), [text.knownAt, ...text.deadlines, ...text.notes.slice(0, 1)])] : []),
    lineItem('summary.legalNotice', ctx.t('legal.record.notice'), text.notice),
  ];
}

export function buildSummary(build: Build, now: Date = new Date()): RecordSummary {
  const { ctx, incident, phases, itemOf } = build;
  const { t } = ctx;
  const answered = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const item = findItem(id);
      return item ? [compact(itemOf(item, incident.answers[id]))] : [];
    });
  const reports = reportLines(build);
  const none = t('record.summary.none');
  const section = (id: string, items: RecordItem[]): RecordSection => ({ id: `summary.${id}`, header: t(`record.summary.${id}`), hearing: false, items });
  return {
    heading: t('record.summary.heading'),
    sections: [
      section('happened', answered(SUMMARY_ITEMS.happened)),
      section('care', answered(SUMMARY_ITEMS.care)),
      section('reports', [
        lineItem('summary.reportsDone', t('record.summary.reportsDone'), reports.done.length ? reports.done : [none]),
        lineItem('summary.reportsPending', t('record.summary.reportsPending'), reports.pending.length ? reports.pending : [none]),
        lineItem(
          'summary.open',
          t('record.summary.open'),
          [phases.map((phase) => t('record.summary.phaseOpen', { phase: phase.title, open: build.labels.openCount(phase.progress.open) })).join(t('record.summary.listJoin'))],
        ),
      ]),
      { id: 'summary.legal', header: t('legal.record.heading'), hearing: false, items: legalItems(build, now) },
    ],
  };
}
