import { createIncident, getIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { replayJournal, writeJournal } from '@/saving/journal';
import { resetDb } from '../render-app';

beforeEach(async () => {
  await resetDb();
  localStorage.clear();
});

async function answer(id: string, itemId: string) {
  const r = await getIncident(id);
  return r?.ok ? r.incident.answers[itemId]?.value : undefined;
}

describe('the unsaved-answers journal', () => {
  it('writes what a closed tab could not, once', async () => {
    const row = await createIncident({ title: '閉じたタブ', detectedAt: new Date().toISOString(), recorder: '甲' });
    writeJournal([
      { incidentId: row.id, recorder: '甲', at: new Date().toISOString(), changes: [{ itemId: 'incidentDescription', value: '閉じる直前の入力' }] },
    ]);
    expect(await replayJournal()).toBe(1);
    expect(await answer(row.id, 'incidentDescription')).toBe('閉じる直前の入力');
    expect(localStorage.length).toBe(0);
    expect(await replayJournal()).toBe(0);
  });

  it('never overwrites an answer stored after the journal was written', async () => {
    const row = await createIncident({ title: '別タブで更新', detectedAt: new Date().toISOString(), recorder: '甲' });
    const journalled = new Date(Date.now() - 60_000).toISOString();
    await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: '後から別タブで入力' }], '乙');
    writeJournal([{ incidentId: row.id, recorder: '甲', at: journalled, changes: [{ itemId: 'incidentDescription', value: '古い入力' }] }]);
    expect(await replayJournal()).toBe(0);
    expect(await answer(row.id, 'incidentDescription')).toBe('後から別タブで入力');
  });

  it('survives a journal it cannot use', async () => {
    localStorage.setItem('incident-checklist.unsaved', '{broken');
    expect(await replayJournal()).toBe(0);
    writeJournal([{ incidentId: 'missing', recorder: '甲', at: new Date().toISOString(), changes: [{ itemId: 'incidentDescription', value: 'x' }] }]);
    expect(await replayJournal()).toBe(0);
  });
});
