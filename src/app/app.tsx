import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openDatabase } from '@/db/incidents';
import { UpdatePrompt } from '@/features/app-update/update-prompt';
import { IncidentListPage } from '@/features/incidents/incident-list-page';
import { replayJournal } from '@/features/saving/journal';
import { installPageHideFlush } from '@/features/saving/pending-saves';
import { BlankChecklistPage, RecordPage } from '@/features/record/record-page';
import { SettingsPage } from '@/features/settings/settings-page';
import { TransferPage } from '@/features/transfer/transfer-page';
import { WizardPage } from '@/features/wizard/wizard-page';
import { paths, useRoute, type Route } from './router';

type DbState = { ok: true } | { ok: false; reason: string } | undefined;

export function App() {
  const { t } = useTranslation();
  const [dbState, setDbState] = useState<DbState>();
  useEffect(() => installPageHideFlush(), []);
  useEffect(() => {
    void openDatabase().then(async (state) => {
      if (state.ok) await replayJournal();
      setDbState(state);
    });
  }, []);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <>
      <UpdatePrompt />
      {dbState === undefined ? null : dbState.ok ? <Page /> : <NoDatabase reason={dbState.reason} />}
    </>
  );
}

function Page() {
  const route: Route = useRoute();
  const { t } = useTranslation();
  switch (route.name) {
    case 'list':
      return <IncidentListPage />;
    case 'settings':
      return <SettingsPage />;
    case 'record':
      return <RecordPage incidentId={route.incidentId} />;
    case 'blank':
      return <BlankChecklistPage />;
    case 'transfer':
      return <TransferPage />;
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

/** IndexedDB refused: say so plainly instead of showing an empty list. */
function NoDatabase({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="error-panel no-database" role="alert">
      <h1>{t('noDatabase.heading')}</h1>
      <p>{t('noDatabase.body')}</p>
      <p>{t('noDatabase.advice')}</p>
      <p className="error-detail">{reason}</p>
    </main>
  );
}
