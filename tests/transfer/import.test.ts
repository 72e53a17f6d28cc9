import { db } from '@/db/db';
import { createIncident, getIncident, listActivity, ValidationError } from '@/db/incidents';
import { completeIncident, saveAnswers, setNotApplicable } from '@/db/save';
import { applyImport, exportIncidents, planImport, type ImportDecision, type TransferData } from '@/db/transfer';
import type { IncidentRow } from '@/db/types';
import { parseTransferText, serializeExport, type TransferFile } from '@/features/transfer/format';
import { resetDb } from '../render-app';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5)); // so updatedAt differs

/** Everything stored, activity ids included. */
async function dump() {
  return { incidents: await db.incidents.toArray(), activity: await db.activity.toArray() };
}

/** Two incidents written through the app's own functions: answers, 対象外, a completed one. */
async function seed() {
  const a = await createIncident({ title: '電子カルテが閲覧できない', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
  await saveAnswers(a.id, [{ itemId: 'incidentDescription', value: '画面に脅迫文が表示された' }], '佐藤');
  await setNotApplicable(a.id, 'leakPossible', '外部接続なし', '佐藤');
  const b = await createIncident({ title: '不審なメール', detectedAt: '2026-11-20T03:30:00.000Z', recorder: '鈴木' });
  await completeIncident(b.id, '鈴木');
  return { a, b };
}

async function exportFile(ids?: string[]): Promise<TransferFile> {
  const parsed = parseTransferText(serializeExport(await exportIncidents(ids)));
  if (!parsed.ok) throw new Error(`own export refused: ${parsed.error} ${JSON.stringify(parsed.problems)}`);
  return parsed.file;
}

async function stored(id: string): Promise<IncidentRow> {
  const r = await getIncident(id);
  if (!r?.ok) throw new Error(`incident ${id} not readable`);
  return r.incident;
}

beforeEach(async () => {
  await resetDb();
});
afterEach(() => vi.restoreAllMocks());

describe('export → import', () => {
  it('gives back identical incidents and activity on an empty database', async () => {
    await seed();
    const before = await exportIncidents();
    const file = await exportFile();
    await resetDb();
    expect((await planImport(file)).items.map((item) => item.kind)).toEqual(['new', 'new']);
    expect(await applyImport(file, {})).toEqual({ added: 2, copied: 0, replaced: 0, skipped: 0, unchanged: 0 });
    expect(await exportIncidents()).toEqual(before);
    expect(before.activity.length).toBeGreaterThan(3);
  });

  it('exports one incident with only its own log', async () => {
    const { a, b } = await seed();
    const file = await exportFile([b.id]);
    expect(file.incidents.map((row) => row.id)).toEqual([b.id]);
    expect(file.activity.map((entry) => entry.kind)).toEqual(['created', 'completed']);
    expect(file.activity.every((entry) => entry.incidentId === b.id && entry.id === undefined)).toBe(true);
    expect((await exportIncidents([a.id, a.id, 'missing'])).incidents).toHaveLength(1);
  });

  it('leaves out and counts unreadable rows', async () => {
    const { a } = await seed();
    await db.incidents.put({ id: 'broken', title: 42 } as unknown as IncidentRow);
    await db.activity.add({ incidentId: a.id, kind: 'nonsense', recordedAt: 'x', recorder: '' } as never);
    const result = await exportIncidents();
    expect(result.incidents).toHaveLength(2);
    expect(result.skipped).toEqual({ incidents: ['broken'], activity: 1 });
    expect(parseTransferText(serializeExport(result)).ok).toBe(true);
  });

  it('keeps answers to items this checklist does not know (another checklist version)', async () => {
    const { a } = await seed();
    const file = await exportFile([a.id]);
    const future = { ...file.incidents[0]!, checklistVersion: 7, answers: { ...file.incidents[0]!.answers, retiredItem: { value: { x: 1 }, updatedAt: a.createdAt, updatedBy: '佐藤' } } };
    const text = JSON.stringify({ ...file, app: { checklistVersion: 7 }, incidents: [future] });
    await resetDb();
    const parsed = parseTransferText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await applyImport(parsed.file, {});
    expect((await stored(a.id)).answers.retiredItem).toEqual({ value: { x: 1 }, updatedAt: a.createdAt, updatedBy: '佐藤' });
  });
});

describe('importing over existing incidents', () => {
  it('changes nothing when the same file is imported twice with skip', async () => {
    await seed();
    const file = await exportFile();
    const before = await dump();
    const plan = await planImport(file);
    expect(plan.items.map((item) => item.kind)).toEqual(['same', 'same']);
    const skipAll = Object.fromEntries(file.incidents.map((row) => [row.id, 'skip' as ImportDecision]));
    expect(await applyImport(file, skipAll)).toMatchObject({ unchanged: 2, added: 0 });
    expect(await applyImport(file, {})).toMatchObject({ unchanged: 2, added: 0 });
    expect(await dump()).toEqual(before);
  });

  it('keepNewer replaces only when the incoming incident is newer', async () => {
    const { a } = await seed();
    const older = await exportFile([a.id]);
    await tick();
    await saveAnswers(a.id, [{ itemId: 'incidentDescription', value: '追記：バックアップも暗号化' }], '佐藤');
    const newer = await exportFile([a.id]);

    // The device has the newer one: keepNewer leaves it.
    const before = await dump();
    const plan = await planImport(older);
    expect(plan.items[0]).toMatchObject({ kind: 'conflict', newer: 'stored' });
    expect(await applyImport(older, { [a.id]: 'keepNewer' })).toMatchObject({ skipped: 1, replaced: 0 });
    expect(await dump()).toEqual(before);

    // The file has the newer one: keepNewer replaces the row and its log.
    await resetDb();
    await applyImport(older, {});
    expect((await planImport(newer)).items[0]).toMatchObject({ kind: 'conflict', newer: 'incoming' });
    expect(await applyImport(newer, { [a.id]: 'keepNewer' })).toMatchObject({ replaced: 1 });
    expect(await stored(a.id)).toEqual(newer.incidents[0]);
    expect((await listActivity(a.id)).map(({ id: _id, ...entry }) => entry)).toEqual(newer.activity);
  });

  it('skips a conflict when no decision is given', async () => {
    const { a } = await seed();
    const older = await exportFile([a.id]);
    await tick();
    await saveAnswers(a.id, [{ itemId: 'incidentDescription', value: '変更' }], '佐藤');
    const before = await dump();
    expect(await applyImport(older, {})).toMatchObject({ skipped: 1 });
    expect(await dump()).toEqual(before);
  });

  it('keepBoth adds a copy under a new id, with its own log, and leaves the stored one', async () => {
    const { a } = await seed();
    const older = await exportFile([a.id]);
    await tick();
    await saveAnswers(a.id, [{ itemId: 'incidentDescription', value: '変更' }], '佐藤');
    const mine = await stored(a.id);
    expect(await applyImport(older, { [a.id]: 'keepBoth' })).toMatchObject({ copied: 1 });
    expect(await applyImport(older, { [a.id]: 'keepBoth' })).toMatchObject({ copied: 1 });
    const all = await exportIncidents();
    const copies = all.incidents.filter((row) => row.id !== a.id && row.title.startsWith(a.title));
    expect(copies.map((row) => row.title).sort()).toEqual([`${a.title} (2)`, `${a.title} (3)`]);
    const copy = copies[0]!;
    expect({ ...copy, id: a.id, title: a.title }).toEqual(older.incidents[0]);
    expect((await listActivity(copy.id)).map(({ id: _id, ...entry }) => ({ ...entry, incidentId: a.id }))).toEqual(older.activity);
    expect(await stored(a.id)).toEqual(mine);
  });

  it('keepBoth shortens a title at its limit, so the copy still has a title the app accepts', async () => {
    const long = await createIncident({ title: 'あ'.repeat(200), detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    const older = await exportFile([long.id]);
    await tick();
    await saveAnswers(long.id, [{ itemId: 'incidentDescription', value: '変更' }], '佐藤');
    expect(await applyImport(older, { [long.id]: 'keepBoth' })).toMatchObject({ copied: 1 });
    const copy = (await exportIncidents()).incidents.find((row) => row.id !== long.id && row.title.endsWith(' (2)'))!;
    expect(copy.title).toBe(`${'あ'.repeat(196)} (2)`);
  });

  it('treats a stored row that cannot be read as older, and replaces it only when asked', async () => {
    const { a } = await seed();
    const file = await exportFile([a.id]);
    await db.incidents.update(a.id, { status: 'lost' as never });
    expect((await planImport(file)).items[0]).toMatchObject({ kind: 'conflict', stored: null, newer: 'incoming' });
    expect(await applyImport(file, {})).toMatchObject({ skipped: 1 });
    expect(await applyImport(file, { [a.id]: 'keepNewer' })).toMatchObject({ replaced: 1 });
    expect(await stored(a.id)).toEqual(file.incidents[0]);
  });
});

describe('an import that fails', () => {
  it('writes nothing when the transaction fails halfway', async () => {
    const { a, b } = await seed();
    const file = await exportFile();
    await resetDb();
    await createIncident({ title: '既存', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '' });
    const before = await dump();
    const fail = (_key: unknown, entry: { incidentId: string }) => {
      if (entry.incidentId === b.id) throw new Error('disk full');
    };
    db.activity.hook('creating', fail);
    try {
      await expect(applyImport(file, {})).rejects.toThrow();
    } finally {
      db.activity.hook('creating').unsubscribe(fail);
    }
    expect(await dump()).toEqual(before);
    expect(await getIncident(a.id)).toBeUndefined();
  });

  it('validates every row before writing anything', async () => {
    const { a } = await seed();
    const file = await exportFile([a.id]);
    await resetDb();
    const before = await dump();
    const cases: unknown[] = [
      { ...file, incidents: [{ ...file.incidents[0], detectedAt: 'yesterday' }] },
      { ...file, incidents: [file.incidents[0], file.incidents[0]] },
      { ...file, activity: [...file.activity, { ...file.activity[0], incidentId: 'nobody' }] },
      { ...file, incidents: [{ ...file.incidents[0], answers: { incidentDescription: { value: 5, updatedAt: '', updatedBy: '' } } }] },
      { incidents: 'all of them' },
      null,
    ];
    for (const bad of cases) {
      await expect(applyImport(bad as TransferData, {})).rejects.toBeInstanceOf(ValidationError);
      await expect(planImport(bad as TransferData)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await dump()).toEqual(before);
  });
});
