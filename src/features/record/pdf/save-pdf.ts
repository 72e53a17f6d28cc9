/**
 * PDF保存: fonts → PDF bytes → a download through a temporary <a download>.
 * Everything here (pdf-lib, fontkit, the fonts) is loaded only when the user
 * asks for a PDF: print-buttons.tsx imports this module with import().
 */
import i18next, { type TFunction } from 'i18next';
import { downloadBlob } from '@/lib/files';
import type { RecordDoc } from '../record-model';
import { loadFontkit, recordToPdf } from './export-pdf';
import { pdfLabels } from './labels';
import { loadPdfFonts } from './load-fonts';

/** `options` default to the app's current language (the one the record was built in). */
export async function savePdf(doc: RecordDoc, fileName: string, options: { t?: TFunction; language?: string } = {}): Promise<void> {
  const language = options.language ?? i18next.language;
  const t = options.t ?? i18next.getFixedT(language);
  const [fonts] = await Promise.all([loadPdfFonts(), loadFontkit()]);
  const bytes = await recordToPdf(doc, fonts, pdfLabels(t, doc.blank, language));
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
}
