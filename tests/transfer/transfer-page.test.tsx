import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { db } from '@/db/db';
import { createIncident, getIncident, listIncidents } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { exportIncidents } from '@/db/transfer';
import { MAX_FILE_BYTES, serializeExport } from '@/features/transfer/format';
import { ExportIncidentButton, TransferPage } from '@/features/transfer/transfer-page';
import { initI18n } from '@/i18n';
import enTransfer from '@/i18n/locales/en/transfer.json';
import jaTransfer from '@/i18n/locales/ja/transfer.json';
import { resetDb, t } from '../render-app';

async function renderPage(ui = <TransferPage />, lng: 'ja' | 'en' = 'ja') {
  initI18n(lng);
  await i18next.changeLanguage(lng);
  return render(ui);
}

async function dump() {
  return { incidents: await db.incidents.toArray(), activity: await db.activity.toArray() };
}

/** Captures what a download would save, instead of navigating. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

const fileInput = () => screen.getByLabelText(t('transfer.import.file'));
const jsonFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  await resetDb();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the transfer page', () => {
  it('shows a preview before anything changes, then imports on 取り込む', async () => {
    const user = userEvent.setup();
    const row = await createIncident({ title: '電子カルテが閲覧できない', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    const text = serializeExport(await exportIncidents());
    await resetDb();
    await createIncident({ title: '別の記録', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '鈴木' });
    const before = await dump();

    await renderPage();
    // The file chosen as a person does: focus on the input, then its change. (user.upload may
    // focus the input again after the change, which a real file dialog does not.)
    fileInput().focus();
    fireEvent.change(fileInput(), { target: { files: [jsonFile(text)] } });
    const preview = await screen.findByRole('heading', { name: t('transfer.preview.heading') });
    await waitFor(() => expect(preview).toHaveFocus());
    expect(screen.getByText(t('transfer.preview.new', { count: 1 }))).toBeVisible();
    expect(screen.getByText('電子カルテが閲覧できない')).toBeVisible();
    expect(screen.getByText(/2026\/11\/26 10:00/)).toBeVisible(); // detected-at in Japan time
    expect(await dump()).toEqual(before);

    await user.click(screen.getByRole('button', { name: t('transfer.import.submit') }));
    expect(await screen.findByRole('heading', { name: t('transfer.summary.heading') })).toBeVisible();
    expect(screen.getByText(t('transfer.summary.added', { count: 1 }))).toBeVisible();
    const imported = await getIncident(row.id);
    expect(imported?.ok && imported.incident).toEqual(row);
  });

  it('names a broken file and changes nothing', async () => {
    const user = userEvent.setup();
    await createIncident({ title: '既存の記録', detectedAt: '2026-11-01T00:00:00.000Z', recorder: '鈴木' });
    const text = serializeExport(await exportIncidents());
    const before = await dump();
    await renderPage();

    await user.upload(fileInput(), jsonFile(text.slice(0, 200), 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('transfer.errors.notJson'));
    expect(alert).toHaveTextContent(t('transfer.errors.nothingChanged'));
    expect(screen.queryByRole('button', { name: t('transfer.import.submit') })).toBeNull();

    await user.upload(fileInput(), jsonFile(text.replace(/"detectedAt": "[^"]+"/, '"detectedAt": "先週"'), 'edited.json'));
    expect(await screen.findByText(t('transfer.errors.invalid'))).toBeVisible();
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'インシデント 1 件目（“既存の記録”）の検知日時が日時として読めません。',
    ]);

    const huge = jsonFile('{}', 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    await user.upload(fileInput(), huge);
    expect(await screen.findByText(t('transfer.errors.tooLarge'))).toBeVisible();
    expect(await dump()).toEqual(before);
  });

  it('asks what to do with a conflict, skips by default, and keeps both when chosen', async () => {
    const user = userEvent.setup();
    const row = await createIncident({ title: '不審なメール', detectedAt: '2026-11-20T03:30:00.000Z', recorder: '鈴木' });
    const older = serializeExport(await exportIncidents());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: '添付ファイルを開いた' }], '鈴木');
    await renderPage();

    await user.upload(fileInput(), jsonFile(older));
    const choice = await screen.findByRole('group', { name: t('transfer.preview.choice', { title: '不審なメール' }) });
    expect(screen.getByText(t('transfer.preview.newer.stored'))).toBeVisible();
    expect(within(choice).getByRole('radio', { name: t('transfer.preview.decision.skip') })).toBeChecked();
    await user.click(within(choice).getByRole('radio', { name: t('transfer.preview.decision.keepBoth') }));
    await user.click(screen.getByRole('button', { name: t('transfer.import.submit') }));

    expect(await screen.findByText(t('transfer.summary.copied', { count: 1 }))).toBeVisible();
    const titles = (await listIncidents()).map((r) => (r.ok ? r.incident.title : ''));
    expect(titles.sort()).toEqual(['不審なメール', '不審なメール (2)']);
  });

  it('exports encrypted, refuses a wrong passphrase, and imports with the right one', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const row = await createIncident({ title: '引き継ぎ案件', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    await renderPage();

    await user.selectOptions(await screen.findByRole('combobox', { name: t('transfer.export.target') }), await screen.findByRole('option', { name: /引き継ぎ案件/ }));
    await user.click(screen.getByRole('checkbox', { name: t('transfer.export.encrypt') }));
    const passphrase = screen.getByLabelText(t('transfer.export.passphrase', { min: 8 }));
    await user.type(passphrase, 'short');
    await user.click(screen.getByRole('button', { name: t('transfer.export.submit') }));
    expect(await screen.findByText(t('transfer.export.passphraseTooShort', { min: 8 }))).toBeVisible();
    await user.type(passphrase, ' enough');
    await user.type(screen.getByLabelText(t('transfer.export.passphraseConfirm')), 'short enough');
    await user.click(screen.getByRole('button', { name: t('transfer.export.submit') }));
    expect(await screen.findByText(/1件のインシデントを書き出しました/, {}, { timeout: 5000 })).toBeVisible();
    // The name says when, never which incident.
    expect(downloads.names[0]).toMatch(/^incident-\d{4}-\d{2}-\d{2}-\d{4}\.encrypted\.json$/);
    const encrypted = await downloads.blobs[0]!.text();
    expect(encrypted).not.toContain('引き継ぎ案件');

    await resetDb();
    const before = await dump();
    await user.upload(fileInput(), jsonFile(encrypted, downloads.names[0]));
    await user.type(await screen.findByLabelText(t('transfer.import.passphrase')), 'wrong passphrase');
    await user.click(screen.getByRole('button', { name: t('transfer.import.decrypt') }));
    expect(await screen.findByText(t('transfer.errors.wrongPassphraseOrTampered'), {}, { timeout: 5000 })).toBeVisible();
    expect(await dump()).toEqual(before);

    await user.type(screen.getByLabelText(t('transfer.import.passphrase')), 'short enough');
    await user.click(screen.getByRole('button', { name: t('transfer.import.decrypt') }));
    await screen.findByRole('heading', { name: t('transfer.preview.heading') }, { timeout: 5000 });
    expect(await dump()).toEqual(before);
    await user.click(screen.getByRole('button', { name: t('transfer.import.submit') }));
    await screen.findByRole('heading', { name: t('transfer.summary.heading') });
    const imported = await getIncident(row.id);
    expect(imported?.ok && imported.incident).toEqual(row);
  }, 20_000);

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    await renderPage(<TransferPage />, 'en');
    expect(screen.getByRole('heading', { name: 'Export and import' })).toBeVisible();
    await user.upload(fileInput(), jsonFile('{"format":"someone-else"}', 'other.json'));
    expect(await screen.findByText('This is not a file exported by this app.')).toBeVisible();
  });
});

describe('why a file is refused', () => {
  /** An export of one incident with an answer, as text, changed by `edit`. */
  async function exportWith(title: string, edit: (file: { incidents: Record<string, unknown>[] }) => void) {
    const row = await createIncident({ title, detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: '画面に脅迫文' }], '佐藤');
    const file = JSON.parse(serializeExport(await exportIncidents())) as { incidents: Record<string, unknown>[] };
    edit(file);
    await resetDb();
    return JSON.stringify(file);
  }
  const answerOf = (file: { incidents: Record<string, unknown>[] }) =>
    (file.incidents[0]!.answers as Record<string, Record<string, unknown>>).incidentDescription!;
  const zodWords = /Invalid input|expected|received|Too (big|small)|Unrecognized/i;

  it('names the incident and the field in Japanese, with no English', async () => {
    const user = userEvent.setup();
    const text = await exportWith('電子カルテ停止', (file) => (answerOf(file).updatedAt = 'x'));
    await renderPage();
    await user.upload(fileInput(), jsonFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('transfer.errors.invalid'));
    expect(alert).toHaveTextContent(/インシデント 1 件目（“電子カルテ停止”）/);
    expect(alert).toHaveTextContent(/「発生事象」/);
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    expect(await dump()).toEqual({ incidents: [], activity: [] });
  });

  it('names the incident by its place when the title itself is wrong', async () => {
    const user = userEvent.setup();
    const text = await exportWith('電子カルテ停止', (file) => (file.incidents[0]!.title = 42));
    await renderPage();
    await user.upload(fileInput(), jsonFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/インシデント 1 件目/);
    expect(alert).toHaveTextContent(/件名/);
    expect(alert.textContent).not.toMatch(zodWords);
  });

  it('speaks English in English, with no Japanese of its own', async () => {
    const user = userEvent.setup();
    const text = await exportWith('EMR outage', (file) => (file.incidents[0]!.title = 'x'.repeat(201)));
    await renderPage(<TransferPage />, 'en');
    await user.upload(fileInput(), jsonFile(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Incident 1/);
    expect(alert).toHaveTextContent(/Title/);
    expect(alert).toHaveTextContent(/200/);
    expect(alert.textContent).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    expect(alert.textContent).not.toMatch(zodWords);
  });
});

describe('user text in the preview', () => {
  it('is isolated, so its bidi controls cannot move the app\'s own words', async () => {
    const user = userEvent.setup();
    const title = '\u202Eأ電子カルテ停止';
    const row = await createIncident({ title, detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    const older = serializeExport(await exportIncidents());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: '変更' }], '佐藤');
    await renderPage();
    await user.upload(fileInput(), jsonFile(older, '\u202Enosj.exe'));
    await screen.findByRole('heading', { name: t('transfer.preview.heading') });
    const titles = screen.getAllByText(title);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    for (const node of titles) {
      expect(node.closest('bdi')).not.toBeNull();
      expect(node.closest('bdi')!.querySelector('.badge')).toBeNull();
    }
    const legend = screen.getByRole('group', { name: t('transfer.preview.choice', { title }) });
    expect(within(legend).getAllByText(title).every((node) => node.closest('bdi'))).toBe(true);
    expect(screen.getByText('\u202Enosj.exe').closest('bdi')).not.toBeNull();
  });
});

describe('ExportIncidentButton', () => {
  it('downloads one incident as a plain file named after it', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const row = await createIncident({ title: 'VPN機器: 不正アクセス?', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    await createIncident({ title: '別件', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '佐藤' });
    await renderPage(<ExportIncidentButton incidentId={row.id} />);
    await user.click(screen.getByRole('button', { name: t('transfer.export.incidentButton') }));
    expect(await screen.findByRole('status')).toHaveTextContent(/1件のインシデントを書き出しました/);
    expect(downloads.names).toEqual([expect.stringMatching(/^incident-\d{4}-\d{2}-\d{2}-VPN機器-不正アクセス\.json$/)]);
    const file = JSON.parse(await downloads.blobs[0]!.text()) as { incidents: { id: string }[] };
    expect(file.incidents.map((i) => i.id)).toEqual([row.id]);
  });
});

describe('the transfer wording', () => {
  it('has the same keys in Japanese and English', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k.replace(/_(one|other)$/, '')}.`))
        : [prefix];
    expect([...new Set(keys(enTransfer))].sort()).toEqual([...new Set(keys(jaTransfer))].sort());
  });
});
