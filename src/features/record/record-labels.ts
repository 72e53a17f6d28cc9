/**
 * The record's own words (未記入, 対象外, table headers …), translated once
 * when the model is built, so the record page and the PDF cannot word
 * anything differently.
 */
import type { TFunction } from 'i18next';
import { keys } from '@/checklist/i18n-keys';

export type RecordLabels = {
  /** The line above the title: record.kind, or record.blankKind for the paper checklist. */
  kind: string;
  /** 未記入: an item without an answer. */
  open: string;
  /** 未完了: something was written but the item is not yet answered. */
  incomplete: string;
  /** 記録 <when> <who> under an answer. */
  updated: (when: string) => string;
  /** 対象外 and 理由. */
  notApplicable: string;
  reason: string;
  /** The marker of an item this app proposes (not in the manual). */
  proposed: string;
  /** 未記入 n / すべて記入済み beside a phase or step title. */
  openCount: (open: number) => string;
  hearing: { item: string; content: string; point: string };
  /** The signature / seal boxes beside an approval: 承認者 署名・印, 確認者 署名・印. */
  seals: string[];
  activity: { title: string; recordedAt: string; occurredAt: string; what: string; value: string; recorder: string };
  /** The label of the detected-at fact, which the PDF's running header repeats. */
  detectedAt: string;
  /** The detected-at time as shown (empty on the blank checklist). */
  detectedAtValue: string;
  /** The PDF's note that `count` different characters could not be drawn and show as U+XXXX. */
  undrawable: (count: number) => string;
  /** PDF metadata. */
  producer: string;
  language: string;
};

export function recordLabels(t: TFunction, blank: boolean, language: string, detectedAtValue = ''): RecordLabels {
  return {
    kind: t(blank ? 'record.blankKind' : 'record.kind'),
    open: t('record.open'),
    incomplete: t('record.incomplete'),
    updated: (when) => t('record.updated', { when }),
    notApplicable: t('na.label'),
    reason: t('na.reason'),
    proposed: t('proposed.label'),
    openCount: (open) => (open ? t('progress.open', { count: open }) : t('progress.allDone')),
    seals: [t('record.seal.approver'), t('record.seal.checker')],
    hearing: { item: t(keys.hearingColumn('item')), content: t(keys.hearingColumn('content')), point: t(keys.hearingColumn('point')) },
    activity: {
      title: t('record.activity'),
      recordedAt: t('record.recordedAt'),
      occurredAt: t('record.occurredAt'),
      what: t('record.what'),
      value: t('record.value'),
      recorder: t('recorder.label'),
    },
    detectedAt: t('incident.detectedAt'),
    detectedAtValue,
    undrawable: (count) => t('record.pdfFile.undrawable', { count }),
    producer: t('app.title'),
    language: language === 'en' ? 'en' : 'ja-JP',
  };
}
