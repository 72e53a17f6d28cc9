/**
 * The incident bar (issue 11): 完了にする asks first only when items are
 * open, and the time since detection is shown and moves on each minute.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allSteps, stepItems } from '@/checklist/lookup';
import { createIncident, getIncident } from '@/db/incidents';
import { setNotApplicable } from '@/db/save';
import { elapsedParts } from '@/features/wizard/elapsed';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const status = async (id: string) => {
  const r = await getIncident(id);
  return r?.ok ? r.incident.status : undefined;
};

describe('完了にする', () => {
  it('completes at once when nothing is open', { timeout: 20_000 }, async () => {
    const row = await createIncident({ title: '全項目対象外', detectedAt: new Date().toISOString(), recorder: '山田' });
    for (const { step } of allSteps) {
      for (const item of stepItems(step)) if (!item.optional) await setNotApplicable(row.id, item.id, '該当なし', '山田');
    }
    const user = userEvent.setup();
    await renderApp(`#/incidents/${row.id}/steps/1-1`);
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    await user.click(screen.getByRole('button', { name: t('incident.complete') }));
    expect(screen.queryByRole('button', { name: t('completeConfirm.confirm') })).toBeNull();
    await waitFor(async () => expect(await status(row.id)).toBe('completed'));
  });

  it('asks first when items are open, and やめる leaves it active', async () => {
    const row = await createIncident({ title: '未記入あり', detectedAt: new Date().toISOString(), recorder: '山田' });
    const user = userEvent.setup();
    await renderApp(`#/incidents/${row.id}/steps/1-1`);
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    await user.click(screen.getByRole('button', { name: t('incident.complete') }));
    expect(screen.getByRole('group', { name: /^まだ \d+ 項目が完了していません。このまま完了にしますか？$/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: t('common.cancel') }));
    expect(screen.queryByRole('group', { name: /このまま完了にしますか/ })).toBeNull();
    expect(await status(row.id)).toBe('active');
  });

  it('leaves the keyboard on 再開 after completing, and on 完了にする after reopening', async () => {
    const row = await createIncident({ title: '未記入あり', detectedAt: new Date().toISOString(), recorder: '山田' });
    const user = userEvent.setup();
    await renderApp(`#/incidents/${row.id}/steps/1-1`);
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    await user.click(screen.getByRole('button', { name: t('incident.complete') }));
    await user.click(screen.getByRole('button', { name: t('completeConfirm.confirm') }));
    const reopen = await screen.findByRole('button', { name: t('incident.reopen') });
    await waitFor(() => expect(reopen).toHaveFocus());
    await user.keyboard('{Enter}');
    const complete = await screen.findByRole('button', { name: t('incident.complete') });
    await waitFor(() => expect(complete).toHaveFocus());
    expect(await status(row.id)).toBe('active');
  });
});

describe('the time since detection', () => {
  it('is whole minutes, hours and days', () => {
    const at = '2026-01-10T05:00:00.000Z';
    const from = Date.parse(at);
    expect(elapsedParts(at, from + 59_000)).toEqual({ d: 0, h: 0, m: 0 });
    expect(elapsedParts(at, from + (2 * 60 + 15) * 60_000 + 30_000)).toEqual({ d: 0, h: 2, m: 15 });
    expect(elapsedParts(at, from + (27 * 60 + 5) * 60_000)).toEqual({ d: 1, h: 3, m: 5 });
    expect(elapsedParts(at, from - 60_000)).toBeNull(); // in the future: nothing to say
    expect(elapsedParts('', from)).toBeNull();
  });

  it('shows 「検知から 2時間15分」 and moves on with the clock', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const detectedAt = new Date(Date.now() - (2 * 60 + 15) * 60_000 - 1_000).toISOString();
    const row = await createIncident({ title: '経過時間', detectedAt, recorder: '山田' });
    await renderApp(`#/incidents/${row.id}/steps/1-1`);
    expect(await screen.findByText('検知から 2時間15分')).toBeVisible();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(screen.getByText('検知から 2時間16分')).toBeVisible();
  });
});
