import { render, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { App } from '@/app/app';
import { db } from '@/db/db';
import { initI18n } from '@/i18n';

// The app loads its pages on demand; in tests that means transforming them
// inside the first test's time limit. Load them up front, as the app's
// static imports used to (React.lazy still suspends once, as in the app).
await Promise.all([
  import('@/features/incidents/incident-list'),
  import('@/features/wizard/wizard-page'),
  import('@/features/record/record-page'),
  import('@/features/transfer/transfer-page'),
  import('@/features/settings/settings-page'),
]);

/** Translates like the app does, so tests find what a user reads. */
export const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options ?? {}) as string;

export async function resetDb() {
  db.close();
  await db.delete();
  await db.open();
}

export async function renderApp(hash = '#/', lng: 'ja' | 'en' = 'ja') {
  await initI18n(lng);
  await i18next.changeLanguage(lng);
  window.location.hash = hash;
  const result = render(<App />);
  // The list page's create form shows at once, then its list (aria-busy goes);
  // the other pages wait for their code and for the database to open (and the
  // journal to be replayed).
  await waitFor(
    () => {
      expect(document.getElementById('main')).not.toBeNull();
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    },
    { timeout: 10_000 },
  );
  return result;
}

/** Clicks 【code】 in the step list and waits for the step's heading. */
export async function goToStep(user: ReturnType<typeof userEvent.setup>, code: string) {
  const nav = screen.getByRole('navigation', { name: t('wizard.steps') });
  await user.click(within(nav).getByRole('link', { name: new RegExp(`【${code}】`) }));
  await screen.findByRole('heading', { level: 2, name: new RegExp(`【${code}】`) });
}
