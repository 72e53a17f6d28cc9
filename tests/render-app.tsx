import { render, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { App } from '@/app/app';
import { db } from '@/db/db';
import { initI18n } from '@/i18n';

/** Translates like the app does, so tests find what a user reads. */
export const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options ?? {}) as string;

export async function resetDb() {
  db.close();
  await db.delete();
  await db.open();
}

export async function renderApp(hash = '#/', lng: 'ja' | 'en' = 'ja') {
  initI18n(lng);
  await i18next.changeLanguage(lng);
  window.location.hash = hash;
  const result = render(<App />);
  // The app opens the database before it shows a page.
  await waitFor(() => expect(document.getElementById('main')).not.toBeNull());
  return result;
}
