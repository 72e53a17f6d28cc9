/**
 * PDF保存: fonts → PDF bytes → a download through a temporary <a download>.
 * Everything here (pdf-lib, fontkit, the fonts) is loaded only when the user
 * asks for a PDF: print-buttons.tsx imports this module with import().
 */
import { downloadBlob } from '@/lib/files';
import type { RecordDoc } from '../record-model';
import { loadFontkit, recordToPdf } from './export-pdf';
import { loadPdfFonts } from './load-fonts';

/** The record in the language it was built in (its labels are part of the model). */
export async function savePdf(doc: RecordDoc, fileName: string): Promise<void> {
  const [fonts] = await Promise.all([loadPdfFonts(), loadFontkit()]);
  const bytes = await recordToPdf(doc, fonts);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
}
