/**
 * Two writers on one incident (two tabs, or a journal replayed over a later
 * edit): nothing either wrote is dropped without a trace.
 */
import { db } from '@/db/db';
import { createIncident, getIncident, listActivity, type IncidentRow } from '@/db/incidents';
import { saveChanges } from '@/db/save';
import { replayJournal, writeJournal } from '@/saving/journal';

const ITEM = 'incidentDescription';

async function stored(id: string): Promise<IncidentRow> {
  const r = await getIncident(id);
  if (!r?.ok) throw new Error('unreadable');
  return r.incident;
}

const answer = (value: string, base?: string) => ({ kind: 'answer' as const, itemId: ITEM, value, ...(base !== undefined && { base }) });

beforeEach(async () => {
  await db.delete();
  await db.open();
  localStorage.clear();
});

describe('two writers on one answer', () => {
  it('gives each tab its own log lines, so every distinct value stays in the log', async () => {
    const { id } = await createIncident({ title: '二つのタブ', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '甲' });
    await saveChanges(id, [answer('A')], { recorder: '甲', tab: 'a' });
    await saveChanges(id, [answer('AB', 'A')], { recorder: '甲', tab: 'a' });
    await saveChanges(id, [answer('AB-b', 'AB')], { recorder: '甲', tab: 'b' });
    await saveChanges(id, [answer('AB-b2', 'AB-b')], { recorder: '甲', tab: 'b' });
    await saveChanges(id, [answer('ABC', 'AB-b2')], { recorder: '甲', tab: 'a' });
    const values = (await listActivity(id)).filter((e) => e.itemId === ITEM).map((e) => e.value);
    // A burst of one tab is one line; a line of another tab in between starts a new one.
    expect(values).toEqual(['AB', 'AB-b2', 'ABC']);
  });

  it('keeps the value a write replaced without having seen it, beside the answer and in the log', async () => {
    const { id } = await createIncident({ title: '上書き', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '甲' });
    await saveChanges(id, [answer('甲の入力')], { recorder: '甲', tab: 'a' });
    await saveChanges(id, [answer('乙の入力', '甲の入力')], { recorder: '乙', tab: 'b' });
    // Tab a still believes its own value is stored.
    await saveChanges(id, [answer('甲の入力、続き', '甲の入力')], { recorder: '甲', tab: 'a' });
    const row = await stored(id);
    expect(row.answers[ITEM]).toMatchObject({ value: '甲の入力、続き', overwritten: { value: '乙の入力', by: '乙' } });
    const values = (await listActivity(id)).filter((e) => e.itemId === ITEM).map((e) => e.value);
    expect(values).toEqual(['甲の入力', '乙の入力', '甲の入力、続き']);

    // Seen: the mark goes, the log says so and keeps the value.
    await saveChanges(id, [{ kind: 'dismissOverwrite', itemId: ITEM }], { recorder: '甲', tab: 'a' });
    expect((await stored(id)).answers[ITEM]?.overwritten).toBeUndefined();
    expect((await listActivity(id)).at(-1)).toMatchObject({ kind: 'overwriteSeen', itemId: ITEM, value: '乙の入力' });
  });

  it('never marks a conflict when the tab had seen the stored value', async () => {
    const { id } = await createIncident({ title: '順番どおり', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '甲' });
    await saveChanges(id, [answer('一')], { recorder: '甲', tab: 'a' });
    await saveChanges(id, [answer('一二', '一')], { recorder: '乙', tab: 'b' });
    expect((await stored(id)).answers[ITEM]?.overwritten).toBeUndefined();
  });

  it('replays a closed tab’s journal over a later edit elsewhere, keeping both', async () => {
    const { id } = await createIncident({ title: '閉じたタブ', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '甲' });
    await saveChanges(id, [answer('最初')], { recorder: '甲', tab: 'a' });
    writeJournal([{ incidentId: id, recorder: '甲', tab: 'a', at: new Date().toISOString(), changes: [answer('閉じる前の入力', '最初')] }]);
    await saveChanges(id, [answer('別タブの入力', '最初')], { recorder: '乙', tab: 'b' });
    expect(await replayJournal()).toBe(1);
    const row = await stored(id);
    expect(row.answers[ITEM]).toMatchObject({ value: '閉じる前の入力', overwritten: { value: '別タブの入力' } });
  });

  it('replays every kind of change a closed tab left: a 対象外 draft, the recorder, the title', async () => {
    const { id } = await createIncident({ title: '元の件名', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '甲' });
    writeJournal([
      {
        incidentId: id,
        recorder: '甲',
        tab: 'a',
        at: new Date().toISOString(),
        changes: [
          { kind: 'naDraft', itemId: 'networks', text: '紙運用のため' },
          { kind: 'recorder', name: '乙' },
          { kind: 'title', title: '直した件名' },
          { kind: 'answer', itemId: 'detectedBy', value: 'x'.repeat(10_000) }, // too long: refused alone
        ],
      },
    ]);
    expect(await replayJournal()).toBe(3);
    const row = await stored(id);
    expect(row.answers.networks?.naDraft).toBe('紙運用のため');
    expect(row.recorder).toBe('乙');
    expect(row.title).toBe('直した件名');
  });
});
