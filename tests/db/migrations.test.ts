import { Dexie } from 'dexie';
import { DB_NAME, STORES, db } from '@/db/db';
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
