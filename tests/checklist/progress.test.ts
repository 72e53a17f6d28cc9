// @vitest-environment node
/**
 * Done means nothing is owed: an answer the manual expects to be はい (a report
 * made, a log preserved) that says いいえ / 不明 keeps its item — and its step,
 * phase and the completion question — open. Findings (情報漏えいの可能性: いいえ)
 * are done whatever they say.
 */
import i18next from 'i18next';
import { checklist } from '@/checklist/definition';
import { owedLines } from '@/checklist/kinds';
import { allItems, findItem, findStep } from '@/checklist/lookup';
import { itemStatus, phaseProgress, stepProgress, type Answers } from '@/checklist/progress';
import type { Answer, AnswerValue, Item, ReportLogValue, TableRow } from '@/checklist/types';
import { openSteps } from '@/features/wizard/complete-confirm';
import { buildRecord } from '@/features/record/record-model';
import type { IncidentRow } from '@/db/types';

const ctx = { t: i18next.t.bind(i18next), lang: 'ja' };
const answer = (value: AnswerValue): Answer => ({ value, updatedAt: '2024-05-01T01:00:00.000Z', updatedBy: '山田' });
const item = (id: string): Item => findItem(id)!;
const step = (code: string) => findStep(code)!.step;
const phase = (id: string) => checklist.phases.find((p) => p.id === id)!;

/** 【2-13】 as in issue 11: MHLW and the prefecture reported, the PPC report required and not yet made. */
const report = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  type: 'sokuho' as const,
  at: '2024-05-01T01:00:00.000Z',
  by: '山田',
  method: 'phone' as const,
  counterpart: '',
  receiptNo: '',
  sent: '',
});
const reports: ReportLogValue = {
  authorities: [
    { id: 'mhlw', required: 'yes', reports: [report(1)] },
    { id: 'ppc', required: 'yes', reports: [] },
    { id: 'prefecture', required: 'yes', reports: [report(2)] },
    { id: 'initialResponseDesk', required: 'no', reports: [] },
  ],
};
/** The VPN log is there and not preserved. */
const logs = (exists: string, preserved: string): TableRow[] => [{ preset: 'vpn', cells: { exists, preserved } }];

describe('an answer that still owes the action or report the manual expects', () => {
  it('keeps 【2-13】 open while the 個人情報保護委員会 report is required and not made', () => {
    const answers: Answers = { reportLogMhlw: answer(reports) };
    expect(itemStatus(item('reportLogMhlw'), answers.reportLogMhlw)).toBe('open');
    expect(stepProgress(step('2-13'), answers)).toEqual({ total: 1, done: 0, na: 0, open: 1, owed: 0 });
    expect(phaseProgress(phase('initialResponse'), answers).open).toBeGreaterThan(0);
  });

  it('is done once every required report is made; a report not required is done without one', () => {
    const all = { authorities: reports.authorities.map((a) => (a.id === 'ppc' ? { ...a, reports: [report(3)] } : a)) };
    expect(itemStatus(item('reportLogMhlw'), answer(all))).toBe('done');
    const police = { authorities: [{ id: 'police', required: 'yes' as const, reports: [] }] };
    expect(itemStatus(item('reportLogPolice'), answer(police))).toBe('open');
    expect(stepProgress(step('2-18'), { reportLogPolice: answer(police) }).open).toBe(1);
  });

  it('says which row and column are owed, in the user’s words', () => {
    expect(owedLines(item('logSources'), logs('yes', 'no'), ctx)).toEqual(['インターネットVPN機器のログ（保全したか: いいえ）']);
  });

  it('owes a log preservation only when the log is there (or not known to be gone)', () => {
    expect(itemStatus(item('logSources'), answer(logs('yes', 'no')))).toBe('owed');
    expect(itemStatus(item('logSources'), answer(logs('unknown', 'unknown')))).toBe('owed');
    expect(itemStatus(item('logSources'), answer(logs('no', 'no')))).toBe('done');
    expect(itemStatus(item('logSources'), answer(logs('yes', 'yes')))).toBe('done');
  });

  it('never owes a finding: 情報漏えいの可能性 いいえ is an answer, not a task', () => {
    for (const id of ['leakPossible', 'spreadRisk', 'ppcReportNeeded', 'networkCableProblem', 'powerProblem', 'hardwareFault']) {
      expect(itemStatus(item(id), answer('no')), id).toBe('done');
      expect(itemStatus(item(id), answer('unknown')), id).toBe('done');
    }
  });

  it('lets 対象外 win over owed', () => {
    expect(itemStatus(item('logSources'), { ...answer(logs('yes', 'no')), na: '保全不要と判断' })).toBe('na');
  });

  it('marks as expected-はい exactly the report and preservation columns', () => {
    const marked = allItems().flatMap((i) => [
      ...(i.kind === 'triState' && i.expects ? [i.id] : []),
      ...(i.kind === 'table' ? i.columns.filter((c) => c.kind === 'triState' && c.expects).map((c) => `${i.id}.${c.id}`) : []),
    ]);
    expect(marked).toEqual(['logSources.preserved']);
  });

  it('puts the owed item into the completion question and the record’s open counts', () => {
    const answers: Answers = { reportLogMhlw: answer(reports) };
    expect(openSteps(answers).find((s) => s.code === '2-13')).toEqual({ code: '2-13', open: 1 });
    const incident = {
      id: 'x',
      title: '件名',
      detectedAt: '2024-05-01T00:00:00.000Z',
      recorder: '山田',
      status: 'active',
      answers,
    } as unknown as IncidentRow;
    const record = buildRecord({ incident, activity: [] }, ctx.t, 'ja');
    const r213 = record.phases.flatMap((p) => p.steps).find((s) => s.code === '2-13')!;
    expect(r213.progress.open).toBe(1);
    expect(r213.sections[0]!.items[0]!.status).toBe('open');
  });
});

describe('the owed line of a row someone named', () => {
  it('keeps the typed name isolated from the app’s words', () => {
    const rows: TableRow[] = [{ cells: { source: 'שלום', exists: 'yes', preserved: 'unknown' } }];
    expect(owedLines(item('logSources'), rows, ctx)).toEqual(['\u2068שלום\u2069（保全したか: 不明）']);
  });
});
