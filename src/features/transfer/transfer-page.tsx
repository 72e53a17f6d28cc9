import { useTranslation } from 'react-i18next';
import { AppHeader } from '@/components/app-header';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import './transfer.css';

export { ExportIncidentButton } from './export-incident-button';

/** #/transfer: backups before a laptop is reimaged, and hand-over files on a USB stick. */
export function TransferPage() {
  const { t } = useTranslation();
  return (
    <div className="transfer-page">
      <AppHeader />
      <main id="main" className="settings-main transfer">
        <h2>{t('transfer.heading')}</h2>
        <p>{t('transfer.intro')}</p>
        <ExportPanel />
        <ImportPanel />
      </main>
    </div>
  );
}
