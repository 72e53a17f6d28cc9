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
import type { Answer, AnswerValue, Item, TableRow } from '@/checklist/types';
import { openSteps } from '@/features/wizard/complete-confirm';
import { buildRecord } from '@/features/record/record-model';
import type { IncidentRow } from '@/db/types';

const ctx = { t: i18next.t.bind(i18next), lang: 'ja' };
const answer = (value: AnswerValue): Answer => ({ value, updatedAt: '2024-05-01T01:00:00.000Z', updatedBy: '山田' });
const item = (id: string): Item => findItem(id)!;
const step = (code: string) => findStep(code)!.step;
const phase = (id: string) => checklist.phases.find((p) => p.id === id)!;

/** 【2-13】 as in issue 11: MHLW and the prefecture reported, the PPC row says 報告済みか: いいえ. */
const reports: TableRow[] = [
  { preset: 'mhlw', cells: { done: 'yes', at: '2024-05-01T01:00:00.000Z', by: '山田' } },
  { preset: 'ppc', cells: { done: 'no' } },
  { preset: 'prefecture', cells: { done: 'yes' } },
];

describe('an answer that still owes the action or report the manual expects', () => {
  it('keeps 【2-13】 open while its 個人情報保護委員会 row says 報告済みか: いいえ', () => {
    const answers: Answers = { reportsMhlw: answer(reports) };
    expect(itemStatus(item('reportsMhlw'), answers.reportsMhlw)).toBe('owed');
    expect(stepProgress(step('2-13'), answers)).toEqual({ total: 1, done: 0, na: 0, open: 1, owed: 1 });
    expect(phaseProgress(phase('initialResponse'), answers).owed).toBe(1);
  });

  it('is done once every row says はい, and 不明 is as owed as いいえ', () => {
    const allYes = reports.map((row) => ({ ...row, cells: { ...row.cells, done: 'yes' } }));
    expect(itemStatus(item('reportsMhlw'), answer(allYes))).toBe('done');
    const unknown = [reports[0]!, { preset: 'police', cells: { done: 'unknown' } }];
    expect(itemStatus(item('reportsPolice'), answer(unknown))).toBe('owed');
    expect(stepProgress(step('2-18'), { reportsPolice: answer(unknown) }).open).toBe(1);
  });

  it('says which row and column are owed, in the user’s words', () => {
    expect(owedLines(item('reportsMhlw'), reports, ctx)).toEqual(['個人情報保護委員会（報告済みか: いいえ）']);
  });

  it('owes a log preservation only when the log is there (or not known to be gone)', () => {
    const logs = (exists: string, preserved: string): AnswerValue => [{ preset: 'vpn', cells: { exists, preserved } }];
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
    expect(itemStatus(item('reportsMhlw'), { ...answer(reports), na: '報告不要と判断' })).toBe('na');
  });

  it('marks as expected-はい exactly the report and preservation columns', () => {
    const marked = allItems().flatMap((i) => [
      ...(i.kind === 'triState' && i.expects ? [i.id] : []),
      ...(i.kind === 'table' ? i.columns.filter((c) => c.kind === 'triState' && c.expects).map((c) => `${i.id}.${c.id}`) : []),
    ]);
    expect(marked).toEqual(['reportsMhlw.done', 'logSources.preserved', 'reportsPolice.done']);
  });

  it('puts the owed item into the completion question and the record’s open counts', () => {
    const answers: Answers = { reportsMhlw: answer(reports) };
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
    expect(r213.sections[0]!.items[0]!.status).toBe('owed');
  });
});

describe('the owed line of a row someone named', () => {
  it('keeps the typed name isolated from the app’s words', () => {
    const rows: TableRow[] = [{ cells: { destination: 'שלום', done: 'unknown' } }];
    expect(owedLines(item('reportsPolice'), rows, ctx)).toEqual(['\u2068שלום\u2069（届け出済みか: 不明）']);
  });
});
