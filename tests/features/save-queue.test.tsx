/**
 * The save queue where storage fails, a value is refused, a tab closes or
 * the incident is completed meanwhile: nothing typed is lost or reordered,
 * and the indicator does not claim otherwise.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LIMITS } from '@/checklist/schema';
import { db } from '@/db/db';
import { createIncident, getIncident } from '@/db/incidents';
import { saveChanges } from '@/db/save';
import type { IncidentRow } from '@/db/types';
import { replayJournal, writeJournal } from '@/saving/journal';
import { queueFor } from '@/saving/save-queue';
import { goToStep, renderApp, resetDb, t } from '../render-app';

async function stored(id: string): Promise<IncidentRow> {
  const r = await getIncident(id);
  if (!r?.ok) throw new Error('incident not readable');
  return r.incident;
}
const newIncident = () => createIncident({ title: 'キューの試験', detectedAt: new Date().toISOString(), recorder: '甲' });
const indicator = () => document.querySelector('.save-indicator');

/** Makes every incident write fail with a full disk while `full()` says so. */
function diskFull(full: () => boolean) {
  const fail = function () {
    if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  db.incidents.hook('updating', fail);
  return () => db.incidents.hook('updating').unsubscribe(fail);
}

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('the save queue', () => {
  it('writes changes in the order they were made after a failed write (a confirmed 対象外 keeps no draft)', async () => {
    const { id } = await newIncident();
    const queue = queueFor(id);
    queue.recorder = '甲';
    let full = true;
    const release = diskFull(() => full);
    const first = queue.put({ kind: 'naDraft', itemId: 'networks', text: 'スタンドアロン' });
    await Promise.resolve(); // the draft is in flight
    void queue.put({ kind: 'na', itemId: 'networks', reason: 'スタンドアロン' });
    await first;
    full = false;
    await queue.flush();
    release();
    expect((await stored(id)).answers.networks).toMatchObject({ na: 'スタンドアロン' });
    expect((await stored(id)).answers.networks?.naDraft).toBeUndefined();
  });

  it('journals the value each change replaces, so a replay over another tab’s later value keeps both', async () => {
    const { id } = await newIncident();
    const queue = queueFor(id);
    queue.recorder = '甲';
    queue.seen('answer:incidentDescription', '');
    let full = true;
    const release = diskFull(() => full);
    await queue.put({ kind: 'answer', itemId: 'incidentDescription', value: '閉じたタブの入力' });
    const entry = queue.unsaved()!; // what pagehide would journal
    release();
    full = false;
    await saveChanges(id, [{ kind: 'answer', itemId: 'incidentDescription', value: '別タブの入力', base: '' }], { recorder: '乙', tab: 'other' });
    writeJournal([{ ...entry, at: new Date().toISOString() }]);
    await replayJournal();
    expect((await stored(id)).answers.incidentDescription).toMatchObject({ value: '閉じたタブの入力', overwritten: { value: '別タブの入力' } });
  });

  it('keeps the journal entries of another tab when this one writes or clears its own', () => {
    writeJournal([{ incidentId: 'a', recorder: '甲', tab: 'tab-a', at: '2026-12-01T00:00:00.000Z', changes: [{ kind: 'recorder', name: '甲' }] }], 'tab-a');
    writeJournal([{ incidentId: 'b', recorder: '乙', tab: 'tab-b', at: '2026-12-01T00:00:01.000Z', changes: [{ kind: 'recorder', name: '乙' }] }], 'tab-b');
    const tabs = () => (JSON.parse(localStorage.getItem('incident-checklist.unsaved') ?? '[]') as { tab: string }[]).map((e) => e.tab);
    expect(tabs()).toEqual(['tab-a', 'tab-b']);
    writeJournal([], 'tab-b');
    expect(tabs()).toEqual(['tab-a']);
  });

  it('writes the other changes of a batch when one of them is refused', async () => {
    const { id } = await newIncident();
    const queue = queueFor(id);
    queue.recorder = '甲';
    let full = true;
    const release = diskFull(() => full);
    // Both wait behind a failed write, then go together; the title is refused by the database.
    await queue.put({ kind: 'answer', itemId: 'detectedBy', value: '佐藤' });
    void queue.put({ kind: 'title', title: '   ' });
    full = false;
    release();
    await queue.flush();
    await queue.flush();
    expect((await stored(id)).answers.detectedBy?.value).toBe('佐藤');
    expect((await stored(id)).title).toBe('キューの試験');
    expect(queue.state().invalid).toBe('save.reason.invalidInput');
  });

  it('does not complete an incident while something typed waits for a retry', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const { id } = await newIncident();
    await renderApp(`#/incidents/${id}/steps/1-1`);
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    let full = true;
    const release = diskFull(() => full);
    await user.type(screen.getByRole('textbox', { name: t('checklist.items.incidentDescription.label') }), '完了前の入力');
    await waitFor(() => expect(indicator()).toHaveTextContent(t('save.reason.quota')));
    await user.click(screen.getByRole('button', { name: t('incident.complete') }));
    await user.click(await screen.findByRole('button', { name: t('completeConfirm.confirm') })); // asked first: items are open
    await waitFor(() => expect(indicator()).toHaveTextContent(t('save.reason.unsaved')));
    expect((await stored(id)).status).toBe('active');
    full = false;
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('完了前の入力'), { timeout: 6000 });
    release();
  });

  it('forgets a refused 対象外 reason that leaves the screen with its step', async () => {
    const user = userEvent.setup();
    const { id } = await newIncident();
    await renderApp(`#/incidents/${id}/steps/1-1`);
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    const frame = () => document.getElementById('item-networks')!;
    await user.click(within(frame()).getByRole('button', { name: t('na.mark') }));
    await user.click(within(frame()).getByRole('textbox', { name: t('na.reasonPrompt') }));
    await user.paste('あ'.repeat(LIMITS.naReason + 1));
    expect(indicator()).toHaveTextContent(t('save.reason.invalidInput'));
    await goToStep(user, '1-4');
    await waitFor(() => expect(indicator()).not.toHaveTextContent(t('save.reason.invalidInput')));
  });
});
