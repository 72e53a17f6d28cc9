import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IncidentListPage } from '@/features/incidents/incident-list-page';
import { installPageHideFlush } from '@/features/saving/pending-saves';
import { WizardPage } from '@/features/wizard/wizard-page';
import { paths, useRoute } from './router';

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  useEffect(() => installPageHideFlush(), []);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  switch (route.name) {
    case 'list':
      return <IncidentListPage />;
    case 'step':
      return <WizardPage incidentId={route.incidentId} code={route.code} />;
    case 'notFound':
      return (
        <main id="main" className="error-panel">
          <p>{t('nav.notFound')}</p>
          <a className="button" href={paths.list()}>
            {t('nav.backToList')}
          </a>
        </main>
      );
  }
}
