/**
 * The export file: versioned JSON, checked with zod before anything reaches
 * the database.
 *   { format: 'incident-checklist-export', formatVersion: 1, exportedAt,
 *     app: { checklistVersion }, incidents: IncidentRow[], activity: ActivityEntry[] }
 * Incidents recorded against another checklist version are accepted: answers
 * to items this version does not know are kept unchecked, as on every read.
 * Bump formatVersion only for changes an older app cannot read; it then
 * refuses the file by name ('newerVersion') instead of misreading it.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { checklist } from '@/checklist/definition';
import { isoDateTimeSchema } from '@/checklist/schema';
import { checkTransferData, type ImportProblem, type TransferData } from '@/db/transfer';
import type { ActivityEntry, IncidentRow } from '@/db/types';
import { decryptText, isEncryptedEnvelope, type DecryptErrorKey } from './crypto';

export const EXPORT_FORMAT = 'incident-checklist-export';
export const FORMAT_VERSION = 1;
/** Far above any real export (a busy incident is well under 1 MB); keeps a wrong file from freezing the tab. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type TransferFile = {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  exportedAt: string;
  app: { checklistVersion: number };
  incidents: IncidentRow[];
  activity: ActivityEntry[];
};

export type TransferErrorKey =
  | 'tooLarge'
  | 'unreadable'
  | 'invalidUtf8'
  | 'notJson'
  | 'tooDeep'
  | 'wrongFormat'
  | 'invalid'
  | 'passphraseRequired'
  | DecryptErrorKey;
/** 'invalid' comes with the problems found (the first few), for the page to word. */
export type ParseResult = { ok: true; file: TransferFile } | { ok: false; error: TransferErrorKey; problems?: ImportProblem[] };

const headerSchema = z.object({
  exportedAt: isoDateTimeSchema,
  app: z.object({ checklistVersion: z.number().check(z.int(), z.positive()) }),
});

export function serializeExport(data: TransferData, now: Date = new Date()): string {
  const file: TransferFile = {
    format: EXPORT_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: { checklistVersion: checklist.version },
    incidents: data.incidents,
    activity: data.activity,
  };
  // Indented: in an emergency someone may open it in a text editor.
  return JSON.stringify(file, null, 2);
}

/** Checked on File.size, before a byte is read. */
export function checkFileSize(file: { size: number }): 'tooLarge' | null {
  return file.size > MAX_FILE_BYTES ? 'tooLarge' : null;
}

/** Never throws. An encrypted file gives 'passphraseRequired'; see openTransferText. */
export function parseTransferText(text: string): ParseResult {
  try {
    // A UTF-16 code unit is at least one byte in UTF-8, so this is a safe lower bound.
    if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'tooLarge' };
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      // V8 parses any depth; an engine that recurses runs out of stack instead.
      return { ok: false, error: error instanceof RangeError ? 'tooDeep' : 'notJson' };
    }
    if (isEncryptedEnvelope(value)) return { ok: false, error: 'passphraseRequired' };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'wrongFormat' };
    const { format, formatVersion } = value as Record<string, unknown>;
    if (format !== EXPORT_FORMAT) return { ok: false, error: 'wrongFormat' };
    if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) return { ok: false, error: 'newerVersion' };
    if (formatVersion !== FORMAT_VERSION) return { ok: false, error: 'invalid', problems: [{ path: ['formatVersion'], reason: 'invalid' }] };
    // The rows first: their check also bounds the nesting before any other schema sees the file.
    const rows = checkTransferData(value);
    if (!rows.ok) return { ok: false, error: 'invalid', problems: rows.issues };
    const header = headerSchema.safeParse(value);
    if (!header.success) {
      const problems = header.error.issues.map((issue): ImportProblem => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        reason: issue.path[0] === 'exportedAt' ? 'invalidDate' : 'invalid',
      }));
      return { ok: false, error: 'invalid', problems };
    }
    return { ok: true, file: { format: EXPORT_FORMAT, formatVersion: FORMAT_VERSION, ...header.data, ...rows.data } };
  } catch {
    // Belt and braces for "never throws".
    return { ok: false, error: 'invalid' };
  }
}

/** Decrypts when a passphrase is given and the file is encrypted, then parses. Never throws. */
export async function openTransferText(text: string, passphrase?: string): Promise<ParseResult> {
  const plain = parseTransferText(text);
  if (plain.ok || plain.error !== 'passphraseRequired' || !passphrase) return plain;
  const decrypted = await decryptText(text.replace(/^\uFEFF/, ''), passphrase);
  return decrypted.ok ? parseTransferText(decrypted.text) : { ok: false, error: decrypted.error };
}

/**
 * Size first, then the text. Bytes that are not UTF-8 are refused
 * ('invalidUtf8'), not replaced with U+FFFD as Blob.text() would. Never throws.
 */
export async function readTransferFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: TransferErrorKey }> {
  const tooLarge = checkFileSize(file);
  if (tooLarge) return { ok: false, error: tooLarge };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, error: 'invalidUtf8' } : { ok: true, text };
}

/** The text, or null when the bytes are not UTF-8. A leading BOM is dropped. */
function decodeUtf8(bytes: BufferSource): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
