import fc from 'fast-check';
import { decryptText, encryptText, PBKDF2_ITERATIONS, passphraseTooShort } from '@/features/transfer/crypto';
import { openTransferText, serializeExport } from '@/features/transfer/format';

// Each key derivation at the app's 600,000 iterations takes ~0.15–1 s here, so
// this file encrypts once at full strength and counts its decryptions.
const PASSPHRASE = '交代用パスフレーズ2026';
const plain = serializeExport({ incidents: [], activity: [] }, new Date('2026-11-26T00:00:00.000Z'));
let encrypted = '';

type Envelope = { kdf: { iterations: number; salt: string }; cipher: { iv: string }; data: string; formatVersion: number };
const envelope = () => JSON.parse(encrypted) as Envelope;
const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const b64 = (data: Uint8Array) => btoa(String.fromCharCode(...data));
function flipByte(b64text: string, index = 0): string {
  const data = bytes(b64text);
  data[index % data.length]! ^= 0x01;
  return b64(data);
}
const withEnvelope = (change: (e: Envelope) => void) => {
  const e = envelope();
  change(e);
  return JSON.stringify(e);
};

beforeAll(async () => {
  expect(globalThis.crypto?.subtle).toBeDefined();
  encrypted = await encryptText(plain, PASSPHRASE);
}, 20_000);

describe('encryptText', () => {
  it('writes the documented envelope at 600,000 iterations, without the plaintext', () => {
    const e = envelope();
    expect(e).toMatchObject({
      format: 'incident-checklist-encrypted',
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(bytes(e.kdf.salt)).toHaveLength(16);
    expect(bytes(e.cipher.iv)).toHaveLength(12);
    expect(bytes(e.data).length).toBe(new TextEncoder().encode(plain).length + 16); // + the GCM tag
    expect(encrypted).not.toContain('incident-checklist-export');
  });

  it('requires at least 8 characters', async () => {
    expect(passphraseTooShort('1234567')).toBe(true);
    expect(passphraseTooShort('12345678')).toBe(false);
    expect(passphraseTooShort('いろはにほへとち')).toBe(false);
    await expect(encryptText(plain, 'short')).rejects.toThrow();
  });
});

describe('decryptText', () => {
  it('round-trips with the right passphrase, also typed in decomposed (NFD) form', async () => {
    expect(await decryptText(encrypted, PASSPHRASE)).toEqual({ ok: true, text: plain });
    expect(await decryptText(encrypted, PASSPHRASE.normalize('NFD'))).toEqual({ ok: true, text: plain });
  }, 20_000);

  it('refuses a wrong passphrase and one flipped byte of the data, iv or salt', async () => {
    const refused = { ok: false, error: 'wrongPassphraseOrTampered' };
    expect(await decryptText(encrypted, `${PASSPHRASE}x`)).toEqual(refused);
    expect(await decryptText(withEnvelope((e) => (e.data = flipByte(e.data, 5))), PASSPHRASE)).toEqual(refused);
    expect(await decryptText(withEnvelope((e) => (e.data = flipByte(e.data, bytes(e.data).length - 1))), PASSPHRASE)).toEqual(refused); // the tag
    expect(await decryptText(withEnvelope((e) => (e.cipher.iv = flipByte(e.cipher.iv))), PASSPHRASE)).toEqual(refused);
    expect(await decryptText(withEnvelope((e) => (e.kdf.salt = flipByte(e.kdf.salt, 7))), PASSPHRASE)).toEqual(refused);
  }, 30_000);

  it('names a malformed envelope without deriving a key', async () => {
    const error = async (text: string) => {
      const r = await decryptText(text, PASSPHRASE);
      return r.ok ? 'ok' : r.error;
    };
    expect(await error('not json')).toBe('notEncryptedFile');
    expect(await error(plain)).toBe('notEncryptedFile');
    expect(await error(withEnvelope((e) => (e.formatVersion = 2)))).toBe('newerVersion');
    expect(await error(withEnvelope((e) => (e.cipher.iv = '')))).toBe('damagedEncryptedFile');
    expect(await error(withEnvelope((e) => (e.kdf.salt = b64(new Uint8Array(8)))))).toBe('damagedEncryptedFile');
    expect(await error(withEnvelope((e) => (e.data = '***')))).toBe('damagedEncryptedFile');
    expect(await error(withEnvelope((e) => (e.kdf.iterations = 1e12)))).toBe('damagedEncryptedFile'); // would hang the tab
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'incident-checklist-encrypted', formatVersion: 1, kdf: v }))), async (text) => {
        const result = await decryptText(text, PASSPHRASE);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a mutated file only if it still decrypts to the same text (low iterations, test only)', async () => {
    const weak = await encryptText(plain, PASSPHRASE, 1_000);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), async (at, char) => {
        const i = at % weak.length;
        const mutated = weak.slice(0, i) + char + weak.slice(i + 1);
        const result = await decryptText(mutated, PASSPHRASE);
        if (result.ok) expect(result.text).toBe(plain);
      }),
      { numRuns: 100 },
    );
  });
});

describe('openTransferText', () => {
  it('asks for the passphrase, then decrypts and parses', async () => {
    expect(await openTransferText(encrypted)).toMatchObject({ ok: false, error: 'passphraseRequired' });
    expect(await openTransferText(encrypted, 'wrong passphrase')).toMatchObject({ ok: false, error: 'wrongPassphraseOrTampered' });
    const opened = await openTransferText(encrypted, PASSPHRASE);
    expect(opened.ok && opened.file.exportedAt).toBe('2026-11-26T00:00:00.000Z');
  }, 20_000);
});
