import { checklist } from '@/checklist/definition';
import { createIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { exportIncidents } from '@/db/transfer';
import { downloadText, exportFileName, fileNameSlug } from '@/features/transfer/download';
import { checkFileSize, MAX_FILE_BYTES, parseTransferText, readTransferFile, serializeExport } from '@/features/transfer/format';
import { resetDb } from '../render-app';

async function validText(): Promise<string> {
  const row = await createIncident({ title: 'VPN機器からの不正アクセス', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
  await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: 'ログに不審な接続' }], '佐藤');
  return serializeExport(await exportIncidents(), new Date('2026-11-26T05:00:00.000Z'));
}

const edit = (text: string, change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(text) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

beforeEach(async () => {
  await resetDb();
});
afterEach(() => vi.restoreAllMocks());

describe('serializeExport / parseTransferText', () => {
  it('writes the versioned envelope and reads it back', async () => {
    const text = await validText();
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'incident-checklist-export',
      formatVersion: 1,
      exportedAt: '2026-11-26T05:00:00.000Z',
      app: { checklistVersion: checklist.version },
    });
    const parsed = parseTransferText(text);
    expect(parsed.ok && parsed.file.incidents[0]?.title).toBe('VPN機器からの不正アクセス');
    expect(parseTransferText(`\uFEFF${text}`).ok).toBe(true); // a BOM added by an editor
  });

  it('names each kind of problem', async () => {
    const text = await validText();
    const error = (t: string) => {
      const r = parseTransferText(t);
      return r.ok ? 'ok' : r.error;
    };
    expect(error('')).toBe('notJson');
    expect(error(text.slice(0, text.length / 2))).toBe('notJson');
    expect(error('[]')).toBe('wrongFormat');
    expect(error('null')).toBe('wrongFormat');
    expect(error('"incident-checklist-export"')).toBe('wrongFormat');
    expect(error('{"format":"something-else","formatVersion":1}')).toBe('wrongFormat');
    expect(error(edit(text, (f) => (f.formatVersion = 2)))).toBe('newerVersion');
    expect(error(edit(text, (f) => (f.formatVersion = '1')))).toBe('invalid');
    expect(error('{"format":"incident-checklist-encrypted","formatVersion":1}')).toBe('passphraseRequired');
    expect(error(edit(text, (f) => (f.app = {})))).toBe('invalid');
    expect(error(edit(text, (f) => (f.exportedAt = '26 Nov 2026')))).toBe('invalid');
    expect(error(`{"format":"incident-checklist-export","formatVersion":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe('invalid');
  });

  it('lists the problems found, by path and reason', async () => {
    const text = await validText();
    const broken = edit(text, (f) => {
      const [row] = f.incidents as Record<string, unknown>[];
      row!.detectedAt = 'きのう';
      row!.status = 'lost';
      (f.activity as Record<string, unknown>[])[0]!.incidentId = 'nobody';
    });
    const parsed = parseTransferText(broken);
    expect(parsed).toMatchObject({ ok: false, error: 'invalid' });
    if (parsed.ok) return;
    const incident = { index: 0, title: 'VPN機器からの不正アクセス', id: expect.any(String) };
    expect(parsed.problems).toEqual([
      { path: ['incidents', 0, 'detectedAt'], reason: 'invalidDate', incident },
      { path: ['incidents', 0, 'status'], reason: 'invalidChoice', incident },
      { path: ['activity', 0, 'incidentId'], reason: 'noSuchIncident' },
    ]);
  });

  it('accepts a file from another checklist version', async () => {
    const text = edit(await validText(), (f) => (f.app = { checklistVersion: checklist.version + 1 }));
    expect(parseTransferText(text).ok).toBe(true);
  });
});

describe('file size', () => {
  it('refuses more than 50 MB by size, without reading', async () => {
    const text = vi.fn(async () => '{}');
    expect(checkFileSize({ size: MAX_FILE_BYTES })).toBeNull();
    expect(checkFileSize({ size: MAX_FILE_BYTES + 1 })).toBe('tooLarge');
    expect(await readTransferFile({ size: MAX_FILE_BYTES + 1, text } as unknown as Blob)).toEqual({ ok: false, error: 'tooLarge' });
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses a real Blob of 50 MB + 1 byte without reading it', async () => {
    const blob = new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]);
    const text = vi.spyOn(blob, 'text');
    const bytes = vi.spyOn(blob, 'arrayBuffer');
    expect(await readTransferFile(blob)).toEqual({ ok: false, error: 'tooLarge' });
    expect(text).not.toHaveBeenCalled();
    expect(bytes).not.toHaveBeenCalled();
  });

  it('reads a normal file, with or without a BOM', async () => {
    expect(await readTransferFile(new Blob(['{"a":"日本語"}']))).toEqual({ ok: true, text: '{"a":"日本語"}' });
    expect(await readTransferFile(new Blob(['\uFEFF{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('file names', () => {
  const at = new Date('2026-11-25T16:30:00.000Z'); // 01:30 on the 26th in Japan

  it('uses the date in Japan time and keeps Japanese in the title', () => {
    expect(exportFileName({ at, encrypted: false })).toBe('incidents-all-2026-11-26.json');
    expect(exportFileName({ at, title: '電子カルテ停止', encrypted: false })).toBe('incident-2026-11-26-電子カルテ停止.json');
  });

  it('never names the incident in an encrypted file: the time instead', () => {
    expect(exportFileName({ at, title: '電子カルテ停止', encrypted: true })).toBe('incident-2026-11-26-0130.encrypted.json');
    expect(exportFileName({ at, encrypted: true })).toBe('incidents-all-2026-11-26.encrypted.json');
  });

  it('strips characters that file systems refuse', () => {
    expect(fileNameSlug('VPN機器: 不正アクセス?/<調査中>*"a|b"\\c')).toBe('VPN機器-不正アクセス-調査中-a-b-c');
    expect(fileNameSlug(' ..隠し.. ')).toBe('隠し');
    expect(fileNameSlug('a\u202egpj.exe')).toBe('a-gpj.exe');
    expect(fileNameSlug('\t\n')).toBe('');
    expect(exportFileName({ at, title: '///', encrypted: false })).toBe('incident-2026-11-26.json');
    expect([...fileNameSlug('あ'.repeat(500))]).toHaveLength(60);
  });

  it('downloads through a temporary link', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('incidents-all-2026-11-26.json');
      expect(this.href).toBe('blob:test');
    });
    downloadText('{"x":"日本語"}', 'incidents-all-2026-11-26.json');
    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await (created.mock.calls[0]![0] as Blob).text()).toBe('{"x":"日本語"}');
  });
});
