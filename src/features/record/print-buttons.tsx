import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flushAll } from '@/saving/pending-saves';
import { pdfFileName } from './pdf/file-name';
import type { RecordDoc } from './record-model';

type PdfKey = 'working' | 'done' | 'failed' | 'blankFileName' | 'untitled';
type PdfState = { step: 'idle' } | { step: 'working' } | { step: 'done'; fileName: string } | { step: 'failed' };

/**
 * 印刷: the browser's print dialog with the A4 stylesheet.
 * PDF保存: an A4 PDF file made in the browser (no network, no dialog); pdf-lib
 * and the fonts are loaded only on the first press.
 */
export function PrintButtons({ doc }: { doc: RecordDoc; incidentId?: string }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PdfState>({ step: 'idle' });
  // The record as it is after pending answers were written, not as it was when pressed.
  const latest = useRef(doc);
  latest.current = doc;
  const pdfText = (key: PdfKey, options: Record<string, string> = {}) => t(`record.pdfFile.${key}`, options);

  const savePdfFile = async () => {
    if (pdf.step === 'working') return;
    setPdf({ step: 'working' });
    try {
      await flushAll();
      const { savePdf } = await import('./pdf/save-pdf');
      const current = latest.current;
      const fileName = pdfFileName(current, { blank: pdfText('blankFileName'), untitled: pdfText('untitled') });
      await savePdf(current, fileName);
      setPdf({ step: 'done', fileName });
    } catch (error) {
      console.error('PDF保存', error);
      setPdf({ step: 'failed' });
    }
  };

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
      <button type="button" className="button" aria-disabled={pdf.step === 'working'} onClick={() => void savePdfFile()}>
        {t('record.pdf')}
      </button>
      <p className="save-indicator pdf-status" role="status" aria-live="polite">
        {pdf.step === 'working' ? pdfText('working') : pdf.step === 'done' ? pdfText('done', { fileName: pdf.fileName }) : ''}
      </p>
      {pdf.step === 'failed' && (
        <p className="field-error pdf-error" role="alert">
          {pdfText('failed')}
        </p>
      )}
    </div>
  );
}
