/**
 * The PDF's file name: the detected-at date (Japan time) and the title,
 * e.g. 2026-11-26_電子カルテ停止.pdf; the paper checklist has a fixed name.
 * Small and free of pdf-lib, so the page can import it up front.
 */
import { isoToJstInput } from '@/lib/dates';
import { safeFileNamePart } from '@/lib/files';
import type { RecordDoc } from '../record-model';

export function pdfFileName(doc: Pick<RecordDoc, 'blank' | 'title' | 'detectedAt'>, names: { blank: string; untitled: string }): string {
  if (doc.blank) return names.blank;
  const date = doc.detectedAt ? isoToJstInput(doc.detectedAt).slice(0, 10) : '';
  const title = safeFileNamePart(doc.title) || safeFileNamePart(names.untitled);
  return `${[date, title].filter(Boolean).join('_') || 'record'}.pdf`;
}
