import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportToFile, type ExportOutcome } from './export-file';
import { ExportMessage } from './export-panel';

/**
 * One click: this incident as a plain file, for the incident header. Encrypted
 * hand-overs are made on the transfer page, which has room for a passphrase
 * typed twice.
 */
export function ExportIncidentButton({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(await exportToFile({ incidentId }));
    setBusy(false);
  };
  return (
    <>
      <button type="button" className="button-small button-quiet" disabled={busy} onClick={() => void run()}>
        {t('transfer.export.incidentButton')}
      </button>
      <ExportMessage outcome={outcome} />
    </>
  );
}
