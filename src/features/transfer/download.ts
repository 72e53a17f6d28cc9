/**
 * Saving an export: a Blob behind an object URL and a temporary
 * <a download>, which works offline and needs no permission prompt.
 * Names say what is inside and when (Japan time):
 *   incident-2026-11-26-<title>.json, incidents-all-2026-11-26.json,
 *   and .encrypted.json instead of .json when encrypted (still JSON, so a
 *   text editor opens it, but nobody mistakes it for a readable backup).
 */
import { isoToJstInput } from '@/lib/dates';

const MAX_SLUG_CHARS = 60; // × 3 bytes for kanji stays well inside the usual 255-byte limit

export function exportFileName(opts: { title?: string; at?: Date; encrypted: boolean }): string {
  const date = isoToJstInput((opts.at ?? new Date()).toISOString()).slice(0, 10);
  const slug = opts.title === undefined ? '' : fileNameSlug(opts.title);
  const base = opts.title === undefined ? `incidents-all-${date}` : slug ? `incident-${date}-${slug}` : `incident-${date}`;
  return `${base}${opts.encrypted ? '.encrypted.json' : '.json'}`;
}

/**
 * Keeps Japanese and other letters; drops what Windows, macOS or a FAT-formatted
 * USB stick refuse (\ / : * ? " < > | and control characters), and the
 * direction overrides that can disguise a file's extension.
 */
export function fileNameSlug(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return trimEnds([...trimEnds(cleaned)].slice(0, MAX_SLUG_CHARS).join(''));
}

/** Windows refuses names ending in a dot or space; a leading dot hides the file elsewhere. */
function trimEnds(text: string): string {
  return text.replace(/^[-.]+|[-.]+$/g, '').replace(/-{2,}/g, '-');
}

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
