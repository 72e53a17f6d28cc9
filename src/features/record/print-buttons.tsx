import { useTranslation } from 'react-i18next';
import { flushAll } from '@/features/saving/pending-saves';
import type { RecordDoc } from './record-model';

/** 印刷: the browser's print dialog with the A4 stylesheet (its own 「PDFに保存」 works too). */
export function PrintButtons(_props: { doc: RecordDoc; incidentId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          void flushAll().then(() => window.print());
        }}
      >
        {t('record.print')}
      </button>
    </div>
  );
}
