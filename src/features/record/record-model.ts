/**
 * The incident record as data: every phase, step, section and item of the
 * definition with its answer (or open / 対象外), plus the activity log. The
 * record page, the browser's print and the PDF file are all drawn from this
 * one model. With `blank`, it is the paper checklist to print ahead of time.
 *
 * A field that is only user text (a title, an answer, a reason, a name) is
 * kept as typed and shown through <UserText>; where user text is put into a
 * string with the app's words (記録 <when> <who>, a line of the log), that
 * part is isolate()d (src/lib/bidi.ts), which the PDF writer drops.
 */
import type { TFunction } from 'i18next';
import { checklist } from '@/checklist/definition';
import { guidanceBullet } from '@/checklist/guidance';
import { keys } from '@/checklist/i18n-keys';
import { findItem, stepOfItem, sectionHasProposed } from '@/checklist/lookup';
import { itemStatus, phaseProgress, stepProgress, type ItemStatus, type Progress } from '@/checklist/progress';
import type { Answer, AnswerValue, GuidanceKind, Item, ItemNote } from '@/checklist/types';
import type { ActivityEntry, IncidentRow } from '@/db/types';
import { blankValue, owedLines, readValue } from '@/checklist/kinds';
import { blockText, type ReadContext } from '@/checklist/kinds/read-blocks';
import { isolate } from '@/lib/bidi';
import { formatDateTime, nowIso } from '@/lib/dates';
import { PROPOSED_MARK, recordBlock, type RecordBlock } from './record-block';
import { recordLabels, type RecordLabels } from './record-labels';
import { buildSummary, durationText, recordersOf, type RecordSummary } from './summary-model';
import { stepLabel } from '@/checklist/step-label';

export type RecordItem = {
  id: string;
  label: string;
  proposed: boolean;
  status: ItemStatus;
  na?: string;
  block: RecordBlock | null;
  notes: { note: ItemNote; label: string; text: string }[];
  updated?: string;
  /** The boxes to sign or seal beside an approval (承認者 署名・印 …), on the page and in the PDF. */
  seals?: string[];
  /** Why an answered item is still 未完了 (「個人情報保護委員会（報告済みか: いいえ）」), one line each. */
  owed?: string[];
};
/** `legend`: what † means, once for a section that has anything of ours. */
export type RecordSection = { id: string; header: string; hearing: boolean; items: RecordItem[]; legend?: string };
export type RecordStep = {
  code: string;
  title: string;
  progress: Progress;
  /** The bullet is the manual's for the kind (checklist/guidance.ts), '' for none. */
  guidance: { kind: GuidanceKind; bullet: string; text: string }[];
  sections: RecordSection[];
};
export type RecordPhase = { id: string; title: string; progress: Progress; steps: RecordStep[] };
export type RecordActivity = { recordedAt: string; occurredAt: string; what: string; value: string; recorder: string };
export type RecordDoc = {
  blank: boolean;
  title: string;
  /** The incident's detected-at as stored (ISO 8601, UTC), e.g. for the PDF's file name; absent in the blank checklist. */
  detectedAt?: string;
  /** The hospital's name line: a label with a line to write on (there is no hospital profile yet). */
  hospital: string;
  facts: { label: string; value: string }[];
  /** The first page, for management and the authorities; absent in the blank checklist. */
  summary?: RecordSummary;
  phases: RecordPhase[];
  activity: RecordActivity[];
  labels: RecordLabels;
};

type Source = { incident: IncidentRow; activity: ActivityEntry[] } | null;

/** `now` is when the record is drawn: the time since detection of an incident still open is counted to it. */
export function buildRecord(source: Source, t: TFunction, lang: string, now: string = nowIso()): RecordDoc {
  const ctx: ReadContext = { t, lang };
  const answers: Record<string, Answer | undefined> = source?.incident.answers ?? {};
  const blank = source === null;
  const detectedAtText = source ? formatDateTime(source.incident.detectedAt, lang) : '';
  const labels = recordLabels(t, blank, lang, detectedAtText);
  const itemOf = (item: Item, answer: Answer | undefined): RecordItem => {
    const block = blank ? blankValue(item, ctx) : readValue(item, answer?.value, ctx);
    return {
      id: item.id,
      label: item.source === 'proposed' ? `${t(keys.itemLabel(item.id))} ${PROPOSED_MARK}` : t(keys.itemLabel(item.id)),
      // The mark is in the label: no badge beside it.
      proposed: false,
      status: itemStatus(item, answer),
      na: answer?.na,
      block: block && recordBlock(block, blank, labels.open),
      notes: blank ? (item.notes ?? []).map((note) => ({ note, label: t(`notes.${note}`), text: t(keys.itemNote(item.id, note)) })) : [],
      updated: answer && !blank ? `${formatDateTime(answer.updatedAt, lang)} ${isolate(answer.updatedBy)}` : undefined,
      ...(item.kind === 'approval' ? { seals: labels.seals } : {}),
      ...(!blank && answer?.na === undefined && itemStatus(item, answer) === 'owed' ? { owed: owedLines(item, answer?.value, ctx) } : {}),
    };
  };
  const phases = checklist.phases.map((phase) => ({
    id: phase.id,
    title: t(keys.phaseTitle(phase.id)),
    progress: phaseProgress(phase, answers),
    steps: phase.steps.map((step) => ({
      code: step.code,
      title: t(keys.stepTitle(step.code)),
      progress: stepProgress(step, answers),
      guidance: blank ? step.guidance.map((g) => ({ kind: g.kind, bullet: guidanceBullet(g.kind), text: t(keys.guidance(step.code, g.id)) })) : [],
      sections: step.sections.map((section) => ({
        id: section.id,
        header: t(keys.header(section.header)),
        hearing: section.layout === 'hearing',
        items: section.items.map((item) => itemOf(item, answers[item.id])),
        ...(sectionHasProposed(section) && { legend: t('proposed.legend') }),
      })),
    })),
  }));
  const hospital = t('record.summary.hospital');
  if (!source) {
    return { blank, title: t('record.blankTitle'), hospital, facts: blankFacts(t), phases, activity: [], labels };
  }
  const { incident } = source;
  const completed = incident.status === 'completed' && incident.completedAt;
  const status = completed
    ? t('record.summary.completedStatus', { status: t('status.completed'), at: formatDateTime(incident.completedAt!, lang) })
    : t(`status.${incident.status}`);
  const elapsed = completed
    ? { label: t('record.summary.duration'), value: durationText(Date.parse(incident.completedAt!) - Date.parse(incident.detectedAt), ctx) }
    : {
        label: t('record.summary.elapsed'),
        value: t('record.summary.asOf', { duration: durationText(Date.parse(now) - Date.parse(incident.detectedAt), ctx), at: formatDateTime(now, lang) }),
      };
  const recorders = recordersOf(incident, source.activity).map((name) =>
    name === incident.recorder.trim() ? t('record.summary.currentRecorder', { name: isolate(name) }) : isolate(name),
  );
  return {
    blank,
    title: incident.title,
    detectedAt: incident.detectedAt,
    hospital,
    labels,
    facts: [
      { label: t('incident.detectedAt'), value: detectedAtText },
      { label: t('record.status'), value: status },
      elapsed,
      { label: t('record.openTotal'), value: String(phases.reduce((n, p) => n + p.progress.open, 0)) },
      { label: t('record.summary.recorders'), value: recorders.join(t('record.summary.listJoin')) || labels.open },
      { label: t('record.checklistVersion'), value: String(incident.checklistVersion) },
    ],
    summary: buildSummary({ incident, phases, ctx, labels, itemOf }),
    phases,
    activity: source.activity.map((entry) => activityRow(entry, ctx)),
  };
}

function blankFacts(t: TFunction) {
  return ['incident.title', 'incident.detectedAt', 'recorder.label'].map((key) => ({ label: t(key), value: '' }));
}

function activityRow(entry: ActivityEntry, ctx: ReadContext): RecordActivity {
  const { t, lang } = ctx;
  const item = entry.itemId ? findItem(entry.itemId) : undefined;
  const step = entry.itemId ? stepOfItem(entry.itemId) : undefined;
  const what = item
    ? stepLabel(step!.code, t(keys.itemLabel(item.id)))
    : entry.itemId
      ? isolate(entry.itemId)
      : t(`record.event.${entry.kind}`);
  let value = '';
  if ((entry.kind === 'answer' || entry.kind === 'overwriteSeen') && item) {
    const block = readValue(item, entry.value as AnswerValue, ctx);
    value = block ? blockText(block) : t('record.cleared');
  } else if (entry.kind === 'na') value = `${t('na.label')}: ${isolate(entry.reason ?? '')}`;
  else if (entry.kind === 'naCleared') value = t('na.clear');
  else if (entry.kind === 'answer') value = JSON.stringify(entry.value);
  else if (typeof entry.value === 'string') value = entry.value;
  else if (entry.kind === 'created' || entry.kind === 'meta') value = String((entry.value as { title?: string })?.title ?? '');
  return {
    recordedAt: formatDateTime(entry.recordedAt, lang, true),
    occurredAt: entry.occurredAt ? formatDateTime(entry.occurredAt, lang) : '',
    what: entry.kind === 'answer' || !item ? what : `${what}（${t(`record.event.${entry.kind}`)}）`,
    value,
    recorder: entry.recorder,
  };
}
