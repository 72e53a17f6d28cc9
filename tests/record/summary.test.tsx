/**
 * Issue 11: the record a hospital hands to management and the authorities.
 * The model (record-model.ts, summary-model.ts) builds the first-page summary,
 * the list of everyone who recorded, the hospital name line, 未記入 for every
 * empty value and the seal boxes of approvals once; the page draws them
 * (the PDF's drawing of the same model is in pdf.test.ts and the browser tests).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { allItems } from '@/checklist/lookup';
import type { ReportLogValue } from '@/checklist/types';
import type { ActivityEntry, IncidentRow } from '@/db/types';
import { buildRecord, type RecordDoc, type RecordItem } from '@/features/record/record-model';
import { SUMMARY_ITEMS } from '@/features/record/summary-model';
import { RecordView } from '@/features/record/record-view';
import { DETECTED_AT, fullSource, translator } from './full-record';

afterEach(() => cleanup());

const t = translator('ja');
const blocksText = (item: RecordItem) => JSON.stringify(item.block);
const summaryItems = (doc: RecordDoc) => doc.summary!.sections.flatMap((s) => s.items);
const fact = (doc: RecordDoc, key: string) => doc.facts.find((f) => f.label === t(key))?.value;

/** The full incident, with report logs that say: MHLW reported, PPC required and not, the prefecture not written, SAJ not required; police untouched. */
function seeded(changes: Partial<IncidentRow> = {}, activity?: ActivityEntry[]) {
  const source = fullSource();
  const reports: ReportLogValue = {
    authorities: [
      {
        id: 'mhlw',
        required: 'yes',
        reports: [
          { id: '00000000-0000-4000-8000-000000000001', type: 'sokuho', at: '2026-11-26T01:00:00.000Z', by: '田中', method: 'phone', counterpart: '', receiptNo: '', sent: '' },
        ],
      },
      { id: 'ppc', required: 'yes', reports: [] },
      { id: 'prefecture', required: '', reports: [] },
      { id: 'initialResponseDesk', required: 'no', reports: [] },
    ],
  };
  const answers = { ...source.incident.answers, reportLogMhlw: { value: reports, updatedAt: DETECTED_AT, updatedBy: '田中' } };
  delete (answers as Record<string, unknown>).reportLogPolice;
  const incident: IncidentRow = { ...source.incident, answers, ...changes };
  return { ...source, incident, activity: activity ?? source.activity };
}

describe('the record’s summary page (model)', () => {
  it('takes what happened and the impact on care from the definition’s items, by id', () => {
    const { incident, activity } = seeded();
    const doc = buildRecord({ incident, activity }, t, 'ja', '2026-11-27T02:00:00.000Z');
    const [happened, care, reports] = doc.summary!.sections;
    expect(doc.summary!.heading).toBe(t('record.summary.heading'));
    expect(happened!.items.map((i) => i.id)).toEqual([...SUMMARY_ITEMS.happened]);
    expect(care!.items.map((i) => i.id)).toEqual([...SUMMARY_ITEMS.care]);
    const ids = new Set(allItems().map((i) => i.id));
    for (const id of Object.values(SUMMARY_ITEMS).flat()) expect(ids, id).toContain(id);
    // The answer as typed (incidentDescription: a multi-line text; careImpact), the 対象外 of incidentCases.
    const description = happened!.items.find((i) => i.id === 'incidentDescription')!;
    expect(description.block).toEqual({ kind: 'lines', lines: String(incident.answers.incidentDescription!.value).split('\n') });
    expect(blocksText(care!.items.find((i) => i.id === 'careImpact')!)).toContain(String(incident.answers.careImpact!.value).split('\n')[0]);
    expect(happened!.items.find((i) => i.id === 'incidentCases')!.na).toBe(incident.answers.incidentCases!.na);
    expect(reports!.header).toBe(t('record.summary.reports'));
  });

  it('lists the reports done and pending from the report logs of 2-13 and 2-18', () => {
    const { incident, activity } = seeded();
    const items = summaryItems(buildRecord({ incident, activity }, t, 'ja'));
    const done = items.find((i) => i.id === 'summary.reportsDone')!.block;
    const pending = items.find((i) => i.id === 'summary.reportsPending')!.block;
    const name = (id: string) => t(`legal.authorities.${id}.name`);
    expect(done).toEqual({ kind: 'lines', lines: [`${name('mhlw')}（速報、2026/11/26 10:00、\u2068田中\u2069、電話）`] });
    expect(pending).toEqual({
      kind: 'lines',
      lines: [
        `${name('ppc')}（${t('reportLog.pendingRequired')}）`,
        `${name('prefecture')}（${t('record.open')}）`,
        ...['police', 'ipaUnauthorisedAccess', 'ipaVirus', 'ipaVulnerability'].map((id) => `${name(id)}（${t('record.open')}）`),
      ],
    });
  });

  it('counts the open items per phase, and in total in the head', () => {
    const { incident, activity } = seeded();
    const answers = { ...incident.answers };
    delete answers.careImpact; // 2-10, 初動対応 (with reportLogPolice, which seeded() leaves out, and reportLogMhlw, whose PPC report is required and not made)
    delete answers.recoveryActions; // 3-3, 復旧処理
    const doc = buildRecord({ incident: { ...incident, answers }, activity }, t, 'ja');
    const open = summaryItems(doc).find((i) => i.id === 'summary.open')!.block;
    const phaseLine = (phase: string, n: number) =>
      t('record.summary.phaseOpen', { phase: t(`checklist.phases.${phase}.title`), open: n ? t('progress.open', { count: n }) : t('progress.allDone') });
    expect(open).toEqual({
      kind: 'lines',
      lines: [[phaseLine('detection', 0), phaseLine('initialResponse', 3), phaseLine('recovery', 1), phaseLine('followUp', 0)].join('、')],
    });
    expect(fact(doc, 'record.openTotal')).toBe('4');
  });

  it('says 対応中 with the time since detection, or 完了 with completedAt and the total duration', () => {
    const { incident, activity } = seeded();
    const active = buildRecord({ incident, activity }, t, 'ja', '2026-11-28T02:55:00.000Z');
    expect(fact(active, 'record.status')).toBe(t('status.active'));
    // Detected 2026-11-25T23:40Z: 2 days 3 hours 15 minutes before.
    expect(fact(active, 'record.summary.elapsed')).toBe('2日 3時間 15分（2026/11/28 11:55 時点）');
    const done = buildRecord({ incident: { ...incident, status: 'completed', completedAt: '2026-11-26T05:10:00.000Z' }, activity }, t, 'ja');
    expect(fact(done, 'record.status')).toBe('完了（2026/11/26 14:10）');
    expect(fact(done, 'record.summary.duration')).toBe('5時間 30分');
    const en = buildRecord({ incident: { ...incident, status: 'completed', completedAt: '2026-11-27T00:41:00.000Z' }, activity }, translator('en'), 'en');
    expect(en.facts.map((f) => f.value)).toContain('1 day 1 hour 1 minute');
  });

  it('names everyone who recorded, in order of their first entry, and the current recorder', () => {
    const entry = (recorder: string, minute: number): ActivityEntry => ({
      incidentId: 'full-record',
      kind: 'recorder',
      recorder,
      recordedAt: new Date(Date.parse(DETECTED_AT) + minute * 60_000).toISOString(),
    });
    const log = [entry('佐藤', 1), entry('鈴木', 2), entry('佐藤', 3), entry(' 高橋 ', 4)];
    const { incident, activity } = seeded({ recorder: '伊藤' }, log);
    const doc = buildRecord({ incident, activity }, t, 'ja');
    const names = ['佐藤', '鈴木', '高橋'].map((n) => `\u2068${n}\u2069`);
    expect(fact(doc, 'record.summary.recorders')).toBe([...names, t('record.summary.currentRecorder', { name: '\u2068伊藤\u2069' })].join('、'));
    // The current recorder already in the log is named once, where they first recorded.
    const again = buildRecord({ incident: { ...incident, recorder: '鈴木' }, activity }, t, 'ja');
    expect(fact(again, 'record.summary.recorders')).toBe(`${names[0]}、${t('record.summary.currentRecorder', { name: names[1] })}、${names[2]}`);
  });

  it('is drawn first on the page, with the hospital name line, title, status and open count', () => {
    const { incident, activity } = seeded();
    const { container } = render(<RecordView doc={buildRecord({ incident, activity }, t, 'ja')} />);
    const summary = screen.getByRole('region', { name: t('record.summary.heading') });
    expect(container.querySelector('article > section')).toBe(summary);
    expect(within(summary).getByText(t('record.summary.happened'))).toBeInTheDocument();
    const head = container.querySelector('.record-head')!;
    expect(head.textContent).toContain(t('record.summary.hospital'));
    expect(head.querySelector('.record-hospital .write-line')).not.toBeNull();
    expect(head.textContent).toContain(t('status.active'));
    expect(head.textContent).toContain(t('record.openTotal'));
  });
});

describe('未記入 and lines to write on', () => {
  it('an empty value of a filled-in record is 未記入 in every kind, never a blank line', () => {
    const { incident, activity } = seeded();
    const answers = {
      ...incident.answers,
      // A half-written approval, table rows with empty cells, a text with an empty line.
      recoveryApproval: { value: { approver: '院長', at: '', comment: '' }, updatedAt: DETECTED_AT, updatedBy: '田中' },
      logSources: { value: [{ preset: 'vpn', cells: { exists: 'yes' } }], updatedAt: DETECTED_AT, updatedBy: '田中' },
      recoveryActions: { value: '一行目\n\n三行目', updatedAt: DETECTED_AT, updatedBy: '田中' },
    };
    const doc = buildRecord({ incident: { ...incident, answers }, activity }, t, 'ja');
    const items = doc.phases.flatMap((p) => p.steps.flatMap((s) => s.sections.flatMap((x) => x.items)));
    const approval = items.find((i) => i.id === 'recoveryApproval')!.block;
    expect(approval).toMatchObject({ kind: 'pairs', pairs: [{ value: '院長' }, { value: t('record.open'), missing: true }, { value: t('record.open'), missing: true }] });
    const logs = items.find((i) => i.id === 'logSources')!.block;
    expect(logs?.kind === 'rows' && logs.rows[0]!.pairs.filter((p) => p.missing).length).toBe(4);

    const { container } = render(<RecordView doc={doc} />);
    // The only line to write on is the hospital's name.
    expect([...container.querySelectorAll('.write-line')].map((e) => e.parentElement!.className)).toEqual(['record-hospital']);
    const approvalRow = container.querySelector('[data-item="recoveryApproval"]')!;
    expect([...approvalRow.querySelectorAll('.record-missing')].map((e) => e.textContent)).toEqual([t('record.open'), t('record.open')]);
  });

  it('the blank checklist keeps its empty boxes and lines', () => {
    const doc = buildRecord(null, t, 'ja');
    expect(doc.summary).toBeUndefined();
    const { container } = render(<RecordView doc={doc} />);
    expect(container.querySelectorAll('.write-line').length).toBeGreaterThan(100);
    expect(container.querySelectorAll('.record-missing')).toHaveLength(0);
    expect(container.textContent).not.toContain(`${t('approval.approver')}${t('record.open')}`);
  });
});

describe('signature / seal boxes', () => {
  it('stand beside each approval, in the record and in the blank checklist', () => {
    const approvals = allItems().filter((i) => i.kind === 'approval').map((i) => i.id);
    expect(approvals.length).toBe(2);
    for (const doc of [buildRecord(seeded(), t, 'ja'), buildRecord(null, t, 'ja')]) {
      const { container, unmount } = render(<RecordView doc={doc} />);
      const rows = [...container.querySelectorAll('[data-item]')].filter((row) => row.querySelector('.record-seals'));
      expect(rows.map((row) => row.getAttribute('data-item'))).toEqual(approvals);
      for (const row of rows) {
        expect([...row.querySelectorAll('.record-seal')].map((box) => box.textContent)).toEqual([t('record.seal.approver'), t('record.seal.checker')]);
      }
      unmount();
    }
  });
});

describe('the summary and the record, for what is not pending', () => {
  it('lists a report log marked 対象外 once, with its reason, not its authorities as pending', () => {
    const { incident, activity } = seeded();
    const answers = { ...incident.answers, reportLogPolice: { na: '警察への届出は不要と判断（院内の誤操作）', updatedAt: incident.updatedAt, updatedBy: '田中' } };
    const items = summaryItems(buildRecord({ incident: { ...incident, answers }, activity }, t, 'ja'));
    const text = (id: string) => JSON.stringify(items.find((i) => i.id === id)!.block);
    expect(text('summary.reportsDone')).toContain('警察への届出は不要と判断');
    expect(text('summary.reportsPending')).not.toContain(t('legal.authorities.police.name'));
  });

  it('says why an answered item is still 未完了 (a log not preserved)', () => {
    const { incident, activity } = seeded();
    const answers = {
      ...incident.answers,
      logSources: { value: [{ preset: 'vpn', cells: { exists: 'yes', preserved: 'no' } }], updatedAt: incident.updatedAt, updatedBy: '田中' },
    };
    const doc = buildRecord({ incident: { ...incident, answers }, activity }, t, 'ja');
    const item = doc.phases.flatMap((p) => p.steps.flatMap((s) => s.sections.flatMap((sec) => sec.items))).find((i) => i.id === 'logSources')!;
    expect(item.status).toBe('owed');
    expect(item.owed?.join()).toContain(t('checklist.items.logSources.presets.vpn'));
    expect(item.owed?.join()).toContain(t('triState.no'));
  });
});
