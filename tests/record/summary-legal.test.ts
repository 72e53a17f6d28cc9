/**
 * The record's summary (page, print and PDF draw the same model) carries the
 * 個人情報保護法 helper's verdict with its reasons, the deadlines from 知った日時,
 * and the notice duty (issue 12).
 */
import type { Answer } from '@/checklist/types';
import { buildRecord, type RecordDoc } from '@/features/record/record-model';
import { fullSource, translator } from './full-record';

const summaryItem = (doc: RecordDoc, id: string) => doc.summary!.sections.flatMap((s) => s.items).find((i) => i.id === id);
const lines = (doc: RecordDoc, id: string) => {
  const block = summaryItem(doc, id)?.block;
  return block?.kind === 'lines' ? block.lines : [];
};
const answer = (value: string): Answer => ({ value, updatedAt: '2026-11-26T00:00:00.000Z', updatedBy: '田中' });

function ransomwareRecord(lang: 'ja' | 'en') {
  const { incident, activity } = fullSource();
  const answers = {
    ...incident.answers,
    legalRansomware: answer('yes'),
    legalEvent: answer('possibly'),
    legalSensitive: answer('yes'),
    legalContractor: answer('no'),
    legalKnownAt: answer('2026-11-26T00:00:00.000Z'), // 09:00 on Nov 26 in Japan
    noticeStatus: answer('notDone'),
  };
  return buildRecord({ incident: { ...incident, answers }, activity }, translator(lang), lang);
}

describe('the record’s 個人情報保護法 lines', () => {
  it('gives the verdict, its reasons and both deadlines, in Japanese', () => {
    const t = translator('ja');
    const doc = ransomwareRecord('ja');
    expect(lines(doc, 'summary.legalVerdict')[0]).toBe(t('legal.verdict.required'));
    expect(lines(doc, 'summary.legalVerdict')).toContain(`・${t('legal.reasons.criteriaMet')}`);
    const deadlines = lines(doc, 'summary.legalDeadlines').join('\n');
    expect(deadlines).toContain('2026年11月30日'); // 速報: day 5
    expect(deadlines).toContain('2027年1月24日'); // 確報: 60 days (ransomware is 不正の目的)
    expect(deadlines).toContain('2026年12月25日'); // 30 days, the recommended target
    expect(lines(doc, 'summary.legalNotice')).toContain(t('legal.notice.timing'));
  });

  it('and in English', () => {
    const t = translator('en');
    const doc = ransomwareRecord('en');
    expect(lines(doc, 'summary.legalVerdict')[0]).toBe(t('legal.verdict.required'));
    expect(lines(doc, 'summary.legalDeadlines').join('\n')).toContain('Jan 24, 2027');
  });
});
