import { Dexie } from 'dexie';
import { DB_NAME, STORES, db } from '@/db/db';
import { findItem } from '@/checklist/lookup';
import { itemStatus } from '@/checklist/progress';
import { strictValueSchema } from '@/checklist/schema';
import type { ReportLogValue, TableRow } from '@/checklist/types';
import { getIncident, listActivity, listIncidents } from '@/db/incidents';

/** A row as version 1 could have written it: no status, recorder or checklistVersion. */
const v1Row = (id: string, detectedAt: string, extra: object = {}) => ({
  id,
  title: `incident ${id}`,
  detectedAt,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  answers: {},
  ...extra,
});

async function seedV1() {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(STORES[1]);
  await v1.table('incidents').bulkAdd([
    v1Row('old', '2026-01-02T00:00:00.000Z'),
    v1Row('done', '2026-01-03T00:00:00.000Z', { status: 'completed', recorder: 'Sato', checklistVersion: 1 }),
  ]);
  await v1.table('activity').bulkAdd([
    { incidentId: 'old', kind: 'created', recordedAt: '2026-01-01T00:00:00.000Z', recorder: '' },
    { incidentId: 'done', kind: 'created', recordedAt: '2026-01-01T00:00:00.000Z', recorder: 'Sato' },
    { incidentId: 'old', kind: 'meta', recordedAt: '2026-01-01T00:01:00.000Z', recorder: '' },
  ]);
  v1.close();
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
});

describe('schema versions', () => {
  it('declares every version in STORES on the app database', () => {
    expect(db.verno).toBe(Math.max(...Object.keys(STORES).map(Number)));
  });

  it('upgrades a version 1 database, backfilling missing fields', async () => {
    await seedV1();
    await db.open();

    const old = await getIncident('old');
    expect(old).toEqual({
      ok: true,
      incident: expect.objectContaining({ id: 'old', status: 'active', recorder: '', checklistVersion: 1 }),
    });
    const done = await getIncident('done');
    expect(done).toMatchObject({ ok: true, incident: { status: 'completed', recorder: 'Sato' } });
  });

  it('builds the new indexes over existing rows', async () => {
    await seedV1();
    await db.open();

    expect(await db.incidents.orderBy('detectedAt').reverse().primaryKeys()).toEqual(['done', 'old']);
    expect(await db.incidents.where('status').equals('active').primaryKeys()).toEqual(['old']);
    expect((await listIncidents()).map((r) => r.ok && r.incident.id)).toEqual(['done', 'old']);
    expect((await listActivity('old')).map((e) => e.kind)).toEqual(['created', 'meta']);
  });

  it('indexes the stored incidents for search', async () => {
    await seedV1();
    await db.open();

    expect((await listIncidents('done')).map((r) => r.ok && r.incident.id)).toEqual(['done']);
    expect((await listIncidents('incident')).map((r) => r.ok && r.incident.id)).toEqual(['done', 'old']);
  });
});

/** Version 4's report tables (【2-13】 reportsMhlw, 【2-18】 reportsPolice), as today's schema stores them. */
const reportsMhlw: TableRow[] = [
  { preset: 'mhlw', cells: { done: 'yes', at: '2026-11-26T01:00:00.000Z', by: '田中', method: '電話', counterpart: '厚労省 佐藤', reference: 'MHLW-001' } },
  { preset: 'ppc', cells: { done: 'no', by: '鈴木', reference: '午後に報告予定' } },
  { preset: 'prefecture', cells: { destination: '徳島県 医療政策課（担当: 山本）', done: 'yes', at: '', method: 'メールで報告' } },
  { cells: { destination: '保健所', done: 'unknown', counterpart: '中村' } },
  { cells: {} },
];
const reportsPolice: TableRow[] = [
  { preset: 'police', cells: { done: 'yes', method: 'FAX', at: '2026-11-27T02:00:00.000Z', by: '高橋' } },
  { preset: 'ipa', cells: { done: 'yes', reference: 'IPA-9' } },
];
const stamp = { updatedAt: '2026-11-27T03:00:00.000Z', updatedBy: '田中' };

async function seedV4() {
  const v4 = new Dexie(DB_NAME);
  v4.version(4).stores(STORES[4]);
  const row = (id: string, answers: object) => ({
    ...v1Row(id, '2026-11-26T00:00:00.000Z'),
    status: 'active',
    recorder: '田中',
    checklistVersion: 1,
    answers,
  });
  await v4.table('incidents').bulkAdd([
    row('reports', { reportsMhlw: { value: reportsMhlw, ...stamp }, reportsPolice: { value: reportsPolice, ...stamp } }),
    row('na', { reportsPolice: { na: '警察への届出は不要と判断', ...stamp } }),
    row('none', {}),
  ]);
  v4.close();
}

describe('version 5: the report tables become report logs', () => {
  const texts = (rows: { cells: Record<string, string> }[]) =>
    rows.flatMap((r) => Object.entries(r.cells).filter(([k, v]) => v && k !== 'done' && k !== 'at').map(([, v]) => v));

  it('converts every stored row, keeping each typed text and the old answer under its retired id', async () => {
    await seedV4();
    await db.open();
    const read = await getIncident('reports');
    if (!read?.ok) throw new Error('not readable after the upgrade');
    const { answers } = read.incident;
    expect(answers.reportsMhlw).toEqual({ value: reportsMhlw, ...stamp });
    expect(answers.reportsPolice).toEqual({ value: reportsPolice, ...stamp });

    const mhlw = answers.reportLogMhlw!.value as ReportLogValue;
    const police = answers.reportLogPolice!.value as ReportLogValue;
    expect(answers.reportLogMhlw).toMatchObject(stamp);
    for (const text of texts(reportsMhlw)) expect(JSON.stringify(mhlw), text).toContain(JSON.stringify(text).slice(1, -1));
    for (const text of texts(reportsPolice)) expect(JSON.stringify(police), text).toContain(JSON.stringify(text).slice(1, -1));

    const byId = (v: ReportLogValue, id: string) => v.authorities.find((a) => a.id === id)!;
    expect(mhlw.authorities.slice(0, 4).map((a) => a.id)).toEqual(['mhlw', 'ppc', 'prefecture', 'initialResponseDesk']);
    expect(byId(mhlw, 'mhlw')).toMatchObject({
      required: 'yes',
      reports: [{ type: 'sokuho', at: '2026-11-26T01:00:00.000Z', by: '田中', method: 'phone', counterpart: '厚労省 佐藤', receiptNo: 'MHLW-001' }],
    });
    // 報告済みか いいえ: still owed (required, no report), what was written is in the note.
    expect(byId(mhlw, 'ppc')).toMatchObject({ required: 'yes', reports: [] });
    expect(byId(mhlw, 'ppc').note).toContain('午後に報告予定');
    expect(byId(mhlw, 'prefecture').reports[0]).toMatchObject({ method: 'mail', at: '' });
    expect(byId(mhlw, 'prefecture').reports[0]!.sent).toContain('徳島県 医療政策課（担当: 山本）');
    const typed = mhlw.authorities.find((a) => a.name === '保健所')!;
    expect(typed.id).toMatch(/^custom:/);
    expect(typed).toMatchObject({ required: 'yes', reports: [] });
    expect(byId(police, 'police').reports[0]).toMatchObject({ method: 'fax', by: '高橋' });
    const ipa = police.authorities.find((a) => a.name === '独立行政法人 情報処理推進機構（IPA）')!;
    expect(ipa.reports[0]).toMatchObject({ receiptNo: 'IPA-9' });

    // What the inputs could have written: an export of it imports; the PPC report still keeps 【2-13】 open.
    expect(strictValueSchema(findItem('reportLogMhlw')!).safeParse(mhlw).success).toBe(true);
    expect(strictValueSchema(findItem('reportLogPolice')!).safeParse(police).success).toBe(true);
    expect(itemStatus(findItem('reportLogMhlw')!, answers.reportLogMhlw)).toBe('open');
    expect(itemStatus(findItem('reportLogPolice')!, answers.reportLogPolice)).toBe('done');
    expect((await listIncidents('午後に報告予定')).map((r) => r.ok && r.incident.id)).toEqual(['reports']);
  });

  it('carries 対象外 over, and leaves incidents without a table alone', async () => {
    await seedV4();
    await db.open();
    const na = await getIncident('na');
    expect(na).toMatchObject({ ok: true, incident: { answers: { reportLogPolice: { na: '警察への届出は不要と判断', ...stamp } } } });
    const none = await getIncident('none');
    expect(none).toMatchObject({ ok: true, incident: { answers: {} } });
  });
});
