import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '@/components/app-header';
import { loadAllWording } from '@/i18n';
import { CreateFormStateProvider, CreateIncidentForm } from './create-incident-form';

/**
 * The incident list needs the database code (Dexie, zod, the checklist), the
 * bulk of the app's code. The first screen does not wait for it: the list
 * page's frame and its create form show at once, and the page itself takes
 * over when its chunk (precached by the service worker) has loaded, with
 * what was typed into the form, and the focus, kept.
 */
const IncidentListPage = lazy(() =>
  Promise.all([import('./incident-list-page'), loadAllWording()]).then(([m]) => ({ default: m.IncidentListPage })),
);

export function ListScreen() {
  return (
    <CreateFormStateProvider>
      <Suspense fallback={<ListPageFrame />}>
        <IncidentListPage />
      </Suspense>
    </CreateFormStateProvider>
  );
}

/** The list page as it looks while its list loads (keep in step with ./incident-list-page.tsx). */
function ListPageFrame() {
  const { t } = useTranslation();
  return (
    <div className="list-page">
      <AppHeader />
      <main id="main" className="list-main">
        <CreateIncidentForm />
        <section className="incident-list" aria-labelledby="list-heading" aria-busy="true">
          <h2 id="list-heading">{t('list.heading')}</h2>
          <label className="search">
            <span>{t('list.search')}</span>
            <input type="search" disabled placeholder={t('list.searchPlaceholder')} />
          </label>
          <p>{t('common.loading')}</p>
        </section>
      </main>
    </div>
  );
}
