/**
 * Passphrase encryption of an export, WebCrypto only (nothing leaves the
 * device, no library to audit): PBKDF2-SHA-256 → AES-GCM-256.
 *
 * The file is JSON, so it is recognised on import before any key is derived:
 *   { format: 'incident-checklist-encrypted', formatVersion: 1,
 *     kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
 *     cipher: { name: 'AES-GCM', iv }, data }            (salt, iv, data: base64)
 * The iteration count is stored, so a later release can raise it and still
 * open older files.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';

export const ENCRYPTED_FORMAT = 'incident-checklist-encrypted';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Never lower it in the app. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;
/** Bounds on what a file may ask for: a hostile file must not keep the tab busy for minutes. */
const ITERATION_BOUNDS = { min: 1_000, max: 10_000_000 };
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type DecryptErrorKey = 'notEncryptedFile' | 'damagedEncryptedFile' | 'newerVersion' | 'wrongPassphraseOrTampered' | 'cryptoUnavailable' | 'invalidUtf8';
export type DecryptResult = { ok: true; text: string } | { ok: false; error: DecryptErrorKey };

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const envelopeSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.gte(ITERATION_BOUNDS.min), z.lte(ITERATION_BOUNDS.max)),
    salt: base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64 }),
  data: base64,
});

export function isEncryptedEnvelope(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

export function passphraseTooShort(passphrase: string): boolean {
  return [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH;
}

/**
 * `iterations` exists for tests that need many encryptions; the app always
 * uses the default. Throws on a short passphrase (the form checks first).
 */
export async function encryptText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  if (passphraseTooShort(passphrase)) throw new Error('Passphrase too short');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  const envelope: z.infer<typeof envelopeSchema> = {
    format: ENCRYPTED_FORMAT,
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
  return JSON.stringify(envelope, null, 2);
}

/** Never throws. */
export async function decryptText(fileText: string, passphrase: string): Promise<DecryptResult> {
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    return { ok: false, error: 'notEncryptedFile' };
  }
  if (!isEncryptedEnvelope(value)) return { ok: false, error: 'notEncryptedFile' };
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > 1) return { ok: false, error: 'newerVersion' };
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: 'damagedEncryptedFile' };
  const { kdf, cipher, data } = parsed.data;
  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  const sealed = fromBase64(data);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !sealed || sealed.length < TAG_BYTES) {
    return { ok: false, error: 'damagedEncryptedFile' };
  }
  if (!globalThis.crypto?.subtle) return { ok: false, error: 'cryptoUnavailable' };
  let plain: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, salt, kdf.iterations);
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
  } catch {
    // AES-GCM only says the tag did not verify: a wrong passphrase gives a wrong
    // key, and a changed salt, iv or ciphertext gives the same failure. There is
    // no way to tell them apart, so the message names both.
    return { ok: false, error: 'wrongPassphraseOrTampered' };
  }
  try {
    // Refused, not replaced with U+FFFD, as a plain file's bytes are.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, error: 'invalidUtf8' };
  }
}

/** NFC first: the same Japanese passphrase typed on another OS or IME may arrive decomposed. */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...bytes) overflows the stack on large exports.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
