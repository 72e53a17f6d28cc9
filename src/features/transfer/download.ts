/**
 * Saving an export. Names say what is inside and when (Japan time):
 *   incident-2026-11-26-<title>.json, incidents-all-2026-11-26.json,
 *   and .encrypted.json instead of .json when encrypted (still JSON, so a
 *   text editor opens it, but nobody mistakes it for a readable backup).
 * An encrypted file never names its incident: anyone who sees the USB stick
 * would read the title. It carries the time instead (incident-2026-11-26-1432.encrypted.json).
 */
import { isoToJstInput } from '@/lib/dates';
import { downloadBlob, safeFileNamePart } from '@/lib/files';

export function exportFileName(opts: { title?: string; at?: Date; encrypted: boolean }): string {
  const local = isoToJstInput((opts.at ?? new Date()).toISOString());
  const date = local.slice(0, 10);
  if (opts.encrypted && opts.title !== undefined) return `incident-${date}-${local.slice(11, 13)}${local.slice(14, 16)}.encrypted.json`;
  const slug = opts.title === undefined ? '' : fileNameSlug(opts.title);
  const base = opts.title === undefined ? `incidents-all-${date}` : slug ? `incident-${date}-${slug}` : `incident-${date}`;
  return `${base}${opts.encrypted ? '.encrypted.json' : '.json'}`;
}

/** The title in a file name, words joined by "-". */
export function fileNameSlug(title: string): string {
  return safeFileNamePart(title).replace(/ /g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}
