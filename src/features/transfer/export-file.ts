/**
 * One export, from the database to a downloaded file: shared by the transfer
 * page and the button in the incident header.
 */
import { exportIncidents } from '@/db/transfer';
import { flushAll } from '@/saving/pending-saves';
import { encryptText } from './crypto';
import { downloadText, exportFileName } from './download';
import { serializeExport } from './format';

export type ExportErrorKey = 'nothingToExport' | 'exportFailed' | 'cryptoUnavailable';
export type ExportOutcome =
  | { ok: true; count: number; fileName: string; skipped: number }
  | { ok: false; error: ExportErrorKey; skipped: number };

/** One incident, or all when incidentId is omitted; encrypted when a passphrase is given. */
export async function exportToFile(opts: { incidentId?: string; passphrase?: string }): Promise<ExportOutcome> {
  // Answers still waiting for the autosave debounce belong in the file.
  await flushAll();
  let data;
  try {
    data = await exportIncidents(opts.incidentId === undefined ? undefined : [opts.incidentId]);
  } catch {
    return { ok: false, error: 'exportFailed', skipped: 0 };
  }
  const skipped = data.skipped.incidents.length + data.skipped.activity;
  const first = data.incidents[0];
  if (!first) return { ok: false, error: 'nothingToExport', skipped };
  let text = serializeExport(data);
  if (opts.passphrase) {
    try {
      text = await encryptText(text, opts.passphrase);
    } catch {
      // Only possible without WebCrypto (a page not served over https or localhost).
      return { ok: false, error: 'cryptoUnavailable', skipped };
    }
  }
  const fileName = exportFileName({ title: opts.incidentId === undefined ? undefined : first.title, encrypted: !!opts.passphrase });
  downloadText(text, fileName);
  return { ok: true, count: data.incidents.length, fileName, skipped };
}
