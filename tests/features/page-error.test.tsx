import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/db/db';
import { createIncident } from '@/db/incidents';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('a page that fails to render', () => {
  it('says so, in the user’s language, with a way back, instead of leaving the window blank', async () => {
    const user = userEvent.setup();
    await createIncident({ title: '表示エラーの試験', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    // Reading the search index fails in a way the app does not expect (any read of a live query could).
    const bulkGet = db.searchGrams.bulkGet.bind(db.searchGrams);
    let failing = true;
    vi.spyOn(db.searchGrams, 'bulkGet').mockImplementation((keys) => {
      if (failing) throw new Error('simulated read error');
      return bulkGet(keys);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the error it caught
    try {
      await renderApp('#/');
      await user.type(screen.getByRole('searchbox'), '表示');

      expect(await screen.findByRole('heading', { name: t('pageError.heading') })).toBeVisible();
      expect(screen.getByText(t('pageError.body'))).toBeVisible();
      expect(screen.getByText(/simulated read error/)).toBeVisible();
      expect(screen.getByRole('button', { name: t('pageError.reload') })).toBeVisible();
      expect(screen.getByRole('link', { name: t('nav.backToList') })).toHaveAttribute('href', '#/');

      // Another page (here the settings, then the list again) is tried afresh.
      failing = false;
      window.location.hash = '#/settings';
      expect(await screen.findByRole('heading', { name: t('settings.heading') })).toBeVisible();
      window.location.hash = '#/';
      expect(await screen.findByRole('link', { name: '表示エラーの試験' })).toBeVisible();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
