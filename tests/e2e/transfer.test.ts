/**
 * Hand-over files between devices (書き出し・取り込み): an incident exported
 * in one browser profile, plain and encrypted, is imported into fresh
 * profiles. The preview comes before anything is written; a wrong passphrase
 * and a broken file are refused with a message and write nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import jaTransfer from '../../src/i18n/locales/ja/transfer.json';
import {
  createIncident,
  expectValue,
  fillItem,
  goToStep,
  itemLabel,
  listHeading,
  openApp,
  startSuite,
  storedIncidents,
  t,
  textItem,
  waitForStored,
  type Suite,
} from './harness';

const lang = 'ja';
const title = '電子カルテ停止（引き継ぎ用）';
const recorder = '情報システム課 山田';
const passphrase = '夜間当直 2026 さくら';
const answers = [
  { code: '1-1', itemId: 'incidentDescription', text: '電子カルテ端末に脅迫文が表示され、ファイルが開けない' },
  { code: '2-10', itemId: 'careImpact', text: '外来は紙カルテで継続。検査部門の受付を停止' },
  { code: '3-3', itemId: 'recoveryActions', text: 'オフラインバックアップから電子カルテサーバを復元した' },
];

/** transfer.json text, as i18next renders it ({{name}} filled in). */
function tt(key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = jaTransfer;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No ja transfer text for "${key}"`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

let suite: Suite;
let tmp: string;
let incidentId = '';
let plainFile = '';
let encryptedFile = '';

beforeAll(async () => {
  suite = await startSuite();
  tmp = await mkdtemp(path.join(tmpdir(), 'e2e-transfer-'));
});

afterAll(async () => {
  try {
    await suite?.close();
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
});

// ---- the transfer page -----------------------------------------------------

async function openTransfer(page: Page) {
  await openApp(page, suite.server.origin, '#/transfer');
  await page.getByRole('heading', { level: 2, name: t(lang, 'transfer.heading'), exact: true }).waitFor();
}

const fileInput = (page: Page) => page.getByLabel(tt('import.file'), { exact: true });
const previewHeading = (page: Page) => page.getByRole('heading', { level: 4, name: tt('preview.heading'), exact: true });
const importButton = (page: Page) => page.getByRole('button', { name: tt('import.submit'), exact: true });
const importAlert = (page: Page, errorKey: string) => page.getByRole('alert').filter({ hasText: tt(`errors.${errorKey}`) });

/** Presses 書き出す and saves the file; returns the suggested name. */
async function exportTo(page: Page, file: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: tt('export.submit'), exact: true }).click(),
  ]);
  await download.saveAs(file);
  expect(await download.failure()).toBeNull();
  await page.getByRole('status').filter({ hasText: tt('export.done', { count: 1, fileName: download.suggestedFilename() }) }).waitFor();
  return download.suggestedFilename();
}

/** After 取り込む: the summary, with one incident added. */
async function applyImport(page: Page) {
  await importButton(page).click();
  await page.getByRole('heading', { level: 4, name: tt('summary.heading'), exact: true }).waitFor();
  await page.getByText(tt('summary.added', { count: 1 }), { exact: true }).waitFor();
}

/** The imported incident is in the list; opening it shows every answer. */
async function expectImported(page: Page) {
  await openApp(page, suite.server.origin);
  await listHeading(page, lang).waitFor();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  for (const a of answers) {
    if (a.code !== '1-1') await goToStep(page, lang, a.code);
    await expectValue(textItem(page, lang, a.itemId), a.text);
  }
  const rows = await storedIncidents(page);
  expect(rows.map((row) => row.id)).toEqual([incidentId]);
}

async function expectNothingStored(page: Page) {
  expect(await storedIncidents(page)).toEqual([]);
}

// ---- the tests -------------------------------------------------------------

describe('export and import between devices', () => {
  it('exports an incident as a plain and as an encrypted file (profile A)', { timeout: 120_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    incidentId = await createIncident(page, lang, { title, recorder });
    for (const a of answers) {
      if (a.code !== '1-1') await goToStep(page, lang, a.code);
      await fillItem(page, lang, a.itemId, a.text);
      await waitForStored(page, incidentId, a.itemId, a.text);
    }

    await openTransfer(page);
    const target = page.getByRole('combobox', { name: tt('export.target'), exact: true });
    await target.selectOption(incidentId);

    // Plain.
    plainFile = path.join(tmp, 'plain.json');
    const plainName = await exportTo(page, plainFile);
    expect(plainName).toMatch(/^incident-\d{4}-\d{2}-\d{2}-.+\.json$/);
    expect(plainName).not.toMatch(/\.encrypted\.json$/);
    const plain = JSON.parse(await readFile(plainFile, 'utf8')) as { format: string; incidents: { id: string; title: string }[] };
    expect(plain.format).toBe('incident-checklist-export');
    expect(plain.incidents.map((i) => [i.id, i.title])).toEqual([[incidentId, title]]);

    // Encrypted: the passphrase typed twice; a mismatch is caught first.
    await page.getByRole('checkbox', { name: tt('export.encrypt'), exact: true }).check();
    const first = page.getByLabel(tt('export.passphrase', { min: 8 }), { exact: true });
    const second = page.getByLabel(tt('export.passphraseConfirm'), { exact: true });
    await first.fill(passphrase);
    await second.fill(`${passphrase}x`);
    await page.getByRole('button', { name: tt('export.submit'), exact: true }).click();
    await page.getByRole('alert').filter({ hasText: tt('export.passphraseMismatch') }).waitFor();
    await second.fill(passphrase);
    encryptedFile = path.join(tmp, 'encrypted.json');
    const encryptedName = await exportTo(page, encryptedFile);
    // Its name says when, never which incident.
    expect(encryptedName).toMatch(/^incident-\d{4}-\d{2}-\d{2}-\d{4}\.encrypted\.json$/);
    expect(encryptedName).not.toContain(title);
    const encryptedText = await readFile(encryptedFile, 'utf8');
    for (const secret of [title, ...answers.map((a) => a.text)]) expect(encryptedText).not.toContain(secret);
    await context.close();
  });

  it('imports the plain file into an empty profile, after a preview that changes nothing (profile B)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    // The list, in another tab of the same profile: nothing there.
    const list = await context.newPage();
    await openApp(list, suite.server.origin);
    await listHeading(list, lang).waitFor();
    await list.getByText(t(lang, 'list.empty'), { exact: true }).waitFor();
    // Headless Chromium gives animation frames only to the front tab, and a click waits for two of them.
    await page.bringToFront();

    await fileInput(page).setInputFiles(plainFile);
    await previewHeading(page).waitFor();
    await page.getByText(tt('preview.new', { count: 1 }), { exact: true }).waitFor();
    await page.getByText(title, { exact: true }).waitFor();
    // Nothing written yet.
    await expectNothingStored(page);
    await list.reload({ waitUntil: 'domcontentloaded' });
    await list.getByText(t(lang, 'list.empty'), { exact: true }).waitFor();
    expect(await list.getByRole('article').count()).toBe(0);

    await applyImport(page);
    // The other tab sees it too.
    await list.getByRole('link', { name: title, exact: true }).waitFor();
    await page.bringToFront();
    await expectImported(page);
    await context.close();
  });

  it('an encrypted file: a wrong passphrase imports nothing, the right one imports (profile C)', { timeout: 120_000 }, async () => {
    expect(encryptedFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    await fileInput(page).setInputFiles(encryptedFile);
    await page.getByText(tt('import.passphraseNeeded'), { exact: true }).waitFor();
    const field = page.getByLabel(tt('import.passphrase'), { exact: true });
    const open = page.getByRole('button', { name: tt('import.decrypt'), exact: true });

    await field.fill('間違ったパスフレーズ');
    await open.click();
    await importAlert(page, 'wrongPassphraseOrTampered').waitFor();
    await page.getByText(tt('errors.nothingChanged'), { exact: true }).waitFor();
    expect(await previewHeading(page).count()).toBe(0);
    await expectNothingStored(page);

    await field.fill(passphrase);
    await open.click();
    await previewHeading(page).waitFor();
    await page.getByText(title, { exact: true }).waitFor();
    await expectNothingStored(page);
    await applyImport(page);
    await expectImported(page);
    await context.close();
  });

  it('a broken file is refused with a message and writes nothing (profile D)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    const plain = await readFile(plainFile, 'utf8');
    const cases = [
      { name: 'truncated.json', text: plain.slice(0, Math.floor(plain.length / 2)), error: 'notJson' },
      { name: 'random.json', text: 'これはエクスポートファイルではありません\n\u0000\u0001 random text', error: 'notJson' },
      { name: 'other.json', text: JSON.stringify({ hello: 'world' }), error: 'wrongFormat' },
      {
        name: 'tampered.json',
        text: JSON.stringify({ ...JSON.parse(plain), incidents: [{ id: incidentId, title: 42 }] }),
        error: 'invalid',
      },
    ];
    for (const c of cases) {
      const file = path.join(tmp, c.name);
      await writeFile(file, c.text);
      await fileInput(page).setInputFiles(file);
      await page.getByText(tt('import.chosen', { name: c.name }), { exact: true }).waitFor();
      await importAlert(page, c.error).waitFor();
      await page.getByText(tt('errors.nothingChanged'), { exact: true }).waitFor();
      expect(await previewHeading(page).count(), c.name).toBe(0);
      expect(await importButton(page).count(), c.name).toBe(0);
      await expectNothingStored(page);
    }
    await openApp(page, suite.server.origin);
    await page.getByText(t(lang, 'list.empty'), { exact: true }).waitFor();
    await expectNothingStored(page);
    await context.close();
  });

  it('a file an app could not have written is refused in Japanese, naming the incident and the field (profile E)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    const plain = JSON.parse(await readFile(plainFile, 'utf8')) as { incidents: { answers: Record<string, Record<string, unknown>> }[] };
    plain.incidents[0]!.answers.incidentDescription!.updatedAt = 'x';
    const file = path.join(tmp, 'hostile.json');
    await writeFile(file, JSON.stringify(plain));
    await fileInput(page).setInputFiles(file);
    const alert = importAlert(page, 'invalid');
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      `インシデント 1 件目（“${title}”）の「${itemLabel(lang, 'incidentDescription')}」の更新日時が日時として読めません。`,
    ]);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(tt('problems.wholeFile'));
    expect(text).not.toMatch(/[A-Za-z]/); // no zod English, no key names
    expect(await previewHeading(page).count()).toBe(0);
    await expectNothingStored(page);
    await context.close();
  });

  it('a value nested 5,000 deep is refused at the preview, not at 取り込む (profile E)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    const plain = JSON.parse(await readFile(plainFile, 'utf8')) as { incidents: { answers: Record<string, Record<string, unknown>> }[] };
    // Written as text: JSON.stringify itself runs out of stack on such a value.
    plain.incidents[0]!.answers.incidentDescription!.value = '__DEEP__';
    const file = path.join(tmp, 'deep.json');
    await writeFile(file, JSON.stringify(plain).replace('"__DEEP__"', `${'['.repeat(5000)}"x"${']'.repeat(5000)}`));
    await fileInput(page).setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: '入れ子が深すぎ' });
    await alert.waitFor();
    expect((await alert.textContent()) ?? '').not.toMatch(/[A-Za-z]/);
    // No preview, so no 取り込む that could only fail with 「もう一度お試しください」.
    expect(await previewHeading(page).count()).toBe(0);
    await expectNothingStored(page);
    await context.close();
  });

  it('a file that is not UTF-8 is refused, not read with U+FFFD in it (profile E)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    const bytes = await readFile(plainFile);
    const at = bytes.indexOf(Buffer.from(title));
    const file = path.join(tmp, 'latin1.json');
    await writeFile(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]));
    await fileInput(page).setInputFiles(file);
    await importAlert(page, 'invalidUtf8').waitFor();
    await page.getByText(tt('errors.nothingChanged'), { exact: true }).waitFor();
    expect(await previewHeading(page).count()).toBe(0);
    await expectNothingStored(page);
    await context.close();
  });

  it('a long unbroken title with U+202E wraps in the preview and keeps the badge outside it (profile F)', { timeout: 120_000 }, async () => {
    expect(plainFile).not.toBe('');
    const context = await suite.newContext();
    const page = await context.newPage();
    await openTransfer(page);
    const odd = `\u202E${'W'.repeat(199)}`;
    const plain = JSON.parse(await readFile(plainFile, 'utf8')) as { incidents: { title: string }[] };
    plain.incidents[0]!.title = odd;
    const file = path.join(tmp, 'long-title.json');
    await writeFile(file, JSON.stringify(plain));
    await fileInput(page).setInputFiles(file);
    await previewHeading(page).waitFor();
    const layout = await page.evaluate(() => {
      const item = document.querySelector('.import-item')!;
      const bdi = item.querySelector('bdi')!;
      const badge = item.querySelector('.badge')!;
      return {
        pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        itemOverflows: item.scrollWidth > item.clientWidth,
        titleLines: bdi.getClientRects().length, // an inline box: one rectangle per line
        badgeInTitle: bdi.contains(badge),
        title: bdi.textContent,
      };
    });
    expect(layout).toMatchObject({ pageOverflows: false, itemOverflows: false, badgeInTitle: false, title: odd });
    expect(layout.titleLines).toBeGreaterThan(1);
    await expectNothingStored(page);
    await context.close();
  });
});
