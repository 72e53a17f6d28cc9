import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import { db } from '@/db/db';
import { createIncident, getIncident } from '@/db/incidents';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('when storage fails', () => {
  // The retry comes RETRY_DELAY_MS (3 s) after the failure, and the wait for it allows 6 s: the
  // default 5 s limit for the whole test was already within a second of failing.
  it('keeps a value that could not be written on screen, says why, and writes it on retry', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const row = await createIncident({ title: '容量不足の試験', detectedAt: new Date().toISOString(), recorder: '佐藤' });
    let diskFull = true;
    const fail = function () {
      if (diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.incidents.hook('updating', fail);
    await renderApp(`#/incidents/${row.id}/steps/1-1`);
    const box = await screen.findByRole('textbox', { name: t(keys.itemLabel('incidentDescription')) });
    await user.type(box, '暗号化');
    expect(await screen.findByText(new RegExp(t('save.error')))).toHaveTextContent(t('save.reason.quota'));
    expect(box).toHaveValue('暗号化');
    diskFull = false; // space was freed: the retry writes it without another keystroke
    await waitFor(
      async () => {
        const r = await getIncident(row.id);
        expect(r?.ok && r.incident.answers.incidentDescription?.value).toBe('暗号化');
      },
      { timeout: 6000 },
    );
    expect(await screen.findByText(/保存済み/)).toBeVisible();
    db.incidents.hook('updating').unsubscribe(fail);
  });

  it('says on the first screen that data cannot be stored when IndexedDB cannot be opened', async () => {
    vi.spyOn(db, 'open').mockRejectedValue(new DOMException('IndexedDB is disabled', 'InvalidStateError'));
    await renderApp('#/');
    expect(await screen.findByRole('heading', { name: t('noDatabase.heading') })).toBeVisible();
    expect(screen.queryByText(t('list.empty'))).toBeNull();
    expect(screen.queryByRole('button', { name: t('list.start') })).toBeNull();
  });
});
