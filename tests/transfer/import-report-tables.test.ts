/**
 * Issue 12, part 4: an export file written before the report logs carries the
 * report tables of 【2-13】/【2-18】 (reportsMhlw, reportsPolice). It still
 * imports: each table is converted into its report log as the database upgrade
 * converts it (db.ts v5), and kept under its retired id.
 */
import type { ReportLogValue } from '@/checklist/types';
import { getIncident } from '@/db/incidents';
import { applyImport, planImport } from '@/db/transfer';
import { parseTransferText } from '@/features/transfer/format';
import { resetDb } from '../render-app';
import { AT, incident, makeBaseFile, variant, type Json } from './hostile-file';

beforeEach(async () => {
  await resetDb();
});

it('imports an old file’s report table as a report log, nothing lost', async () => {
  const base = await makeBaseFile();
  const id = base.incidents[0]!.id as string;
  const rows: Json[] = [
    { preset: 'ppc', cells: { done: 'yes', at: AT, by: '佐藤', method: 'Webフォーム', reference: 'PPC-7' } },
    { cells: { destination: '日本医師会 相談窓口', done: 'no', counterpart: '窓口の方' } },
  ];
  const text = variant(base, incident('answers', 'reportsMhlw'), { value: rows, updatedAt: AT, updatedBy: '佐藤' });
  await resetDb();
  const parsed = parseTransferText(text);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed)}`);
  await planImport(parsed.file);
  await applyImport(parsed.file, {});

  const read = await getIncident(id);
  if (!read?.ok) throw new Error('not imported');
  expect(read.incident.answers.reportsMhlw?.value).toEqual(rows);
  const log = read.incident.answers.reportLogMhlw?.value as ReportLogValue;
  expect(log.authorities.find((a) => a.id === 'ppc')).toMatchObject({
    required: 'yes',
    reports: [{ type: 'sokuho', at: AT, by: '佐藤', method: 'web', receiptNo: 'PPC-7' }],
  });
  const typed = log.authorities.find((a) => a.name === '日本医師会 相談窓口')!;
  expect(typed).toMatchObject({ required: 'yes', reports: [] });
  expect(typed.note).toContain('窓口の方');
});
