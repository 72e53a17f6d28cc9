// @vitest-environment node
/**
 * Issue 12, part 4: a report log per authority. A required report not yet
 * made keeps the item (and so its step, the header's counts, the list card and
 * the completion question, which all count through progress) open.
 */
import i18next from 'i18next';
import { emptyValue, hasValue, isBlank, readValue, searchText } from '@/checklist/kinds';
import { findItem, findStep } from '@/checklist/lookup';
import { itemStatus, stepProgress } from '@/checklist/progress';
import { strictValueSchema } from '@/checklist/schema';
import type { Item, ReportEntry, ReportLogValue } from '@/checklist/types';

const ctx = { t: i18next.t.bind(i18next), lang: 'ja' };
const mhlwLog = findItem('reportLogMhlw')! as Extract<Item, { kind: 'reportLog' }>;
const policeLog = findItem('reportLogPolice')! as Extract<Item, { kind: 'reportLog' }>;
const report = (patch: Partial<ReportEntry> = {}): ReportEntry => ({
  id: '6f1c2b7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f',
  type: 'sokuho',
  at: '2026-12-01T05:30:00.000Z',
  by: '田中',
  method: 'web',
  counterpart: '委員会 佐藤',
  receiptNo: 'R-2026-0042',
  sent: '速報の入力内容一式',
  ...patch,
});
const ppcRequired = (reports: ReportEntry[]): ReportLogValue => ({
  authorities: (emptyValue(mhlwLog) as ReportLogValue).authorities.map((a) => (a.id === 'ppc' ? { ...a, required: 'yes', reports } : a)),
});
const answer = (value: ReportLogValue) => ({ value, updatedAt: '2026-12-01T05:30:00.000Z', updatedBy: '田中' });
const issuesOf = (value: unknown) => {
  const result = strictValueSchema(mhlwLog).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the report log item', () => {
  it('lists the step’s authorities before anything is written: 【2-13】 MHLW, PPC, the prefecture, SAJ; 【2-18】 the police and IPA’s three systems', () => {
    expect((emptyValue(mhlwLog) as ReportLogValue).authorities.map((a) => a.id)).toEqual(['mhlw', 'ppc', 'prefecture', 'initialResponseDesk']);
    expect((emptyValue(policeLog) as ReportLogValue).authorities.map((a) => a.id)).toEqual(['police', 'ipaUnauthorisedAccess', 'ipaVirus', 'ipaVulnerability']);
    expect(isBlank(mhlwLog, emptyValue(mhlwLog))).toBe(true);
    expect(hasValue(mhlwLog, emptyValue(mhlwLog))).toBe(false);
  });

  it('stays open while a required report has not been made, and is done once it is', () => {
    const owed = ppcRequired([]);
    expect(isBlank(mhlwLog, owed)).toBe(false);
    expect(hasValue(mhlwLog, owed)).toBe(false);
    expect(itemStatus(mhlwLog, answer(owed))).toBe('open');
    expect(stepProgress(findStep('2-13')!.step, { reportLogMhlw: answer(owed) }).open).toBe(1);
    const made = ppcRequired([report()]);
    expect(itemStatus(mhlwLog, answer(made))).toBe('done');
    expect(stepProgress(findStep('2-13')!.step, { reportLogMhlw: answer(made) }).open).toBe(0);
  });

  it('is done when the only decision is that no report is required', () => {
    const none: ReportLogValue = { authorities: [{ id: 'police', required: 'no', reports: [] }] };
    expect(itemStatus(policeLog, answer(none))).toBe('done');
  });

  it('accepts what its editor writes, and refuses bad input with a message key', () => {
    const good = ppcRequired([report()]);
    expect(issuesOf(good)).toEqual([]);
    expect(issuesOf({ authorities: [...good.authorities, { id: 'custom:0b6f8e8a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', name: '保健所', required: '', reports: [] }] })).toEqual([]);
    expect(issuesOf(ppcRequired([report({ type: 'rumour' as never })]))).toEqual(['validation.unknownOption']);
    expect(issuesOf(ppcRequired([report({ method: 'pigeon' as never })]))).toEqual(['validation.unknownOption']);
    expect(issuesOf(ppcRequired([report({ at: 'yesterday' })]))).toEqual(['validation.invalidDate']);
    expect(issuesOf(ppcRequired([report({ receiptNo: 'x'.repeat(20_001) })]))).toEqual(['validation.tooLong']);
    expect(issuesOf({ authorities: [{ id: 'nsa', required: '', reports: [] }] })).toEqual(['validation.unknownOption']);
    expect(issuesOf({ authorities: [{ id: 'ppc', required: 'maybe', reports: [] }] })).toEqual(['validation.unknownOption']);
    expect(issuesOf(ppcRequired([report(), report()]))).toEqual(['validation.invalid']);
  });

  it('finds the typed text in search, not the ids, types or dates', () => {
    const text = searchText(mhlwLog, ppcRequired([report()]));
    expect(text).toEqual(expect.arrayContaining(['田中', '委員会 佐藤', 'R-2026-0042', '速報の入力内容一式']));
    expect(text.join(' ')).not.toMatch(/sokuho|web|ppc|2026-12-01T/);
  });

  it('reads as one row per authority, with each report', () => {
    const block = readValue(mhlwLog, ppcRequired([report()]), ctx)!;
    expect(block.kind).toBe('rows');
    const rows = block.kind === 'rows' ? block.rows : [];
    const ppc = rows.find((r) => r.title === '個人情報保護委員会')!;
    expect(JSON.stringify(ppc.pairs)).toContain('速報');
    expect(JSON.stringify(ppc.pairs)).toContain('R-2026-0042');
    expect(JSON.stringify(ppc.pairs)).toContain('Webフォーム');
  });
});
