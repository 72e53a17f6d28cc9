import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '@/components/app-header';
import { CreateIncidentForm } from './create-incident-form';

/**
 * The list of incidents needs the database code (Dexie, zod, the checklist
 * definition), the bulk of the app's code. The page does not wait for
 * it: the header and the create form show at once, and the list fills in when
 * its chunk (precached by the service worker) has loaded.
 */
const IncidentList = lazy(() => import('./incident-list').then((m) => ({ default: m.IncidentList })));

export function IncidentListPage() {
  const { t } = useTranslation();
  return (
    <div className="list-page">
      <AppHeader />
      <main id="main" className="list-main">
        <CreateIncidentForm />
        <section className="incident-list" aria-labelledby="list-heading">
          <h2 id="list-heading">{t('list.heading')}</h2>
          <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
            <IncidentList />
          </Suspense>
        </section>
      </main>
    </div>
  );
}
