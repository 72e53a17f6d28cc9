/**
 * The record on paper: the print stylesheet (what 印刷 gives) and the app's
 * own 「PDF保存」 file, for an incident with answers in all four phases and
 * for the blank checklist. The PDFs are read back with poppler's pdftotext
 * and pdfinfo; page 1 of each is written to screenshots/ for people to look at.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Download, Page } from 'playwright-core';
import jaChecklist from '../../src/i18n/locales/ja/checklist.json';
import jaTransfer from '../../src/i18n/locales/ja/transfer.json';
import {
  SCREENSHOT_DIR,
  createIncident,
  fillItem,
  goToStep,
  itemLabel,
  openApp,
  optionLabel,
  startSuite,
  storedIncidents,
  t,
  waitForSaved,
  waitForServiceWorkerControl,
  waitForStored,
  type Suite,
} from './harness';
import { patchRow } from './raw-rows';

const run = promisify(execFile);
const lang = 'ja';
const title = '電子カルテ停止（ランサムウェア疑い）';
const recorder = '情報システム課 山田';
const answers = [
  { code: '1-1', itemId: 'incidentDescription', text: '電子カルテ端末に脅迫文が表示され、ファイルが開けない' },
  { code: '1-4', itemId: 'hearingWhat', text: '不審なメールの添付ファイルを開き、マクロを有効化した' },
  { code: '3-3', itemId: 'recoveryActions', text: 'オフラインバックアップから電子カルテサーバを復元した' },
  { code: '4-5', itemId: 'preventionMeasures', text: 'VPN機器の脆弱性対応を保守契約に含める' },
];
/**
 * A name outside JIS X 0208 (𠮷 is in neither JIS X 0208 nor BIZ UDPGothic,
 * 𩸽 is JIS X 0213, 髙﨑 are CP932 extensions) and an emoji no embedded font
 * has: the app's PDF draws the name as typed and writes the emoji as U+1F600.
 */
const rareName = { itemId: 'detectedBy', text: '髙﨑 𠮷男（𩸽定食😀）', inPdf: '髙﨑 𠮷男（𩸽定食U+1F600）' };
/** Step titles expected in the record (checklist.json `steps.<code>.title`). */
const stepTitles = ['1-1', '2-10', '3-4', '4-5'].map((code) => ({ code, title: t(lang, `checklist.steps.${code}.title`) }));
const allStepCodes = Object.keys(jaChecklist.steps);
/** The record page's own buttons: never on paper. */
const toolbarTexts = [t(lang, 'record.pdf'), t(lang, 'record.backToWizard'), jaTransfer.export.incidentButton, 'English'];

let suite: Suite;
let context: BrowserContext;
let tmp: string;
let incidentId = '';

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  tmp = await mkdtemp(path.join(tmpdir(), 'e2e-pdf-'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  try {
    await suite?.close();
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
});

// ---- reading PDFs back -----------------------------------------------------

/** White space (pdftotext -layout breaks and pads lines) and compatibility forms (（ vs () out of the way. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function pdfInfo(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('/usr/bin/pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+(.+)$/m.exec(stdout)?.[1] ?? `(no page size in pdfinfo output)\n${stdout}`;
  return { pages, size };
}

/** A4 portrait, 595.28 × 841.89 pt, within a point (Chromium's print path rounds to whole CSS pixels: 594.96 × 841.92). */
function expectA4(size: string) {
  const match = /^([\d.]+) x ([\d.]+) pts/.exec(size);
  expect(match, `page size ${size}`).not.toBeNull();
  expect(Math.abs(Number(match![1]) - 595.28), `width of ${size}`).toBeLessThan(1);
  expect(Math.abs(Number(match![2]) - 841.89), `height of ${size}`).toBeLessThan(1);
}

function expectContains(text: string, needles: string[], what: string) {
  const flat = squash(text);
  const missing = needles.filter((needle) => !flat.includes(squash(needle)));
  expect(missing, `${what}: missing from pdftotext output`).toEqual([]);
}

/** Page 1 as a PNG at 70 dpi, into screenshots/. */
async function pageOnePng(pdf: string, name: string) {
  const out = path.join(SCREENSHOT_DIR, name);
  await run('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  expect((await stat(`${out}.png`)).size).toBeGreaterThan(5_000);
}

/** What 「印刷」 would put on paper: the print stylesheet, rendered by Chromium. */
async function printToPdf(page: Page, file: string) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
}

/** Presses 「PDF保存」 and saves the file the app hands over. */
async function savePdfButton(page: Page, file: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: t(lang, 'record.pdf'), exact: true }).click(),
  ]);
  await download.saveAs(file);
  expect(await download.failure()).toBeNull();
  return download;
}

const recordUrl = () => `${suite.server.origin}/#/incidents/${encodeURIComponent(incidentId)}/record`;

/** The record page with the incident and every answer on screen. */
async function openRecord(page: Page) {
  await page.goto(recordUrl(), { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  for (const a of answers) await page.getByText(a.text, { exact: true }).first().waitFor();
}

// ---- the tests -------------------------------------------------------------

describe('the record on paper', () => {
  it('records an incident with answers in all four phases', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    incidentId = await createIncident(page, lang, { title, recorder });
    for (const a of answers) {
      if (a.code !== '1-1') await goToStep(page, lang, a.code);
      await fillItem(page, lang, a.itemId, a.text);
      if (a.code === '1-1') {
        await fillItem(page, lang, rareName.itemId, rareName.text);
        await waitForStored(page, incidentId, rareName.itemId, rareName.text);
      }
      if (a.code === '1-4') await page.getByRole('checkbox', { name: itemLabel(lang, 'lanDisconnected'), exact: true }).check();
      await waitForStored(page, incidentId, a.itemId, a.text);
    }
    await waitForSaved(page, lang);
    // The first visit also installed the service worker, for the offline PDF below.
    await waitForServiceWorkerControl(page);
    await page.close();
  });

  it('prints the record as A4 with the title, step titles and every answer, and no toolbar', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    await openRecord(page);
    const file = path.join(tmp, 'print-record.pdf');
    await printToPdf(page, file);
    await page.close();

    const text = await pdfText(file);
    expectContains(text, [title, ...stepTitles.map((s) => `【${s.code}】${s.title}`), ...answers.map((a) => a.text)], 'printed record');
    // The browser's print keeps a name outside JIS X 0208.
    expectContains(text, ['髙﨑 𠮷男（𩸽定食'], 'printed record (rare characters)');
    // The action tick: its label (only the start: the label column is narrow and wraps beside the value) and 実施した.
    expectContains(text, [itemLabel(lang, 'lanDisconnected').slice(0, 12), t(lang, 'action.done')], 'printed record (action tick)');
    const flat = squash(text);
    for (const label of toolbarTexts) expect(flat, `toolbar text 「${label}」 printed`).not.toContain(squash(label));
    const info = await pdfInfo(file);
    expectA4(info.size);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    await pageOnePng(file, 'print-record-page1');
  });

  it('「PDF保存」 works offline: pdf code and fonts from the precache, A4, the record as text', { timeout: 120_000 }, async () => {
    const detectedAt = (await (async () => {
      const probe = await context.newPage();
      await openApp(probe, suite.server.origin);
      const rows = await storedIncidents(probe);
      await probe.close();
      return rows.find((row) => row.id === incidentId)?.detectedAt;
    })()) as string;
    expect(detectedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The detected-at date in Japan time, as on the record.
    const jstDate = new Date(Date.parse(detectedAt) + 9 * 3600_000).toISOString().slice(0, 10);

    // The network is cut after the first visit.
    await suite.server.stop();
    await context.setOffline(true);
    const hitsWhileOffline = suite.server.hits.length;
    const page = await context.newPage();
    try {
      await openRecord(page);
      const before = suite.requests.entries.length;
      const responses: { url: string; fromServiceWorker: boolean; status: number }[] = [];
      page.on('response', (r) => responses.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker(), status: r.status() }));

      const file = path.join(tmp, 'app.pdf');
      const download = await savePdfButton(page, file);
      await page.getByRole('status').filter({ hasText: t(lang, 'record.pdfFile.done', { fileName: download.suggestedFilename() }) }).waitFor();

      expect(download.suggestedFilename()).toBe(`${jstDate}_${title}.pdf`);
      const during = suite.requests.entries.slice(before);
      expect(during.filter((e) => !e.url.startsWith(`${suite.server.origin}/`) && !/^(blob|data):/.test(e.url))).toEqual([]);
      const fonts = responses.filter((r) => /\/assets\/fonts\/[^/]+\.ttf$/.test(r.url));
      expect(fonts.length, `font responses: ${JSON.stringify(responses)}`).toBeGreaterThanOrEqual(2);
      expect(fonts.every((r) => r.fromServiceWorker && r.status === 200), JSON.stringify(fonts)).toBe(true);
      expect(responses.some((r) => /\/assets\/save-pdf-[^/]+\.js$/.test(r.url) && r.fromServiceWorker)).toBe(true);
      expect(suite.server.hits.length).toBe(hitsWhileOffline);

      const text = await pdfText(file);
      expectContains(text, [title, ...stepTitles.map((s) => s.title), ...answers.map((a) => a.text)], 'app PDF');
      expectContains(text, [itemLabel(lang, 'lanDisconnected').slice(0, 12), t(lang, 'action.done')], 'app PDF (action tick)');
      // The name as typed, the emoji as its code point, and the note that says so; never 〓.
      expectContains(text, [rareName.inPdf, t(lang, 'record.pdfFile.undrawable_other', { count: 1 })], 'app PDF (rare characters)');
      expect(text).not.toContain('〓');
      expect(text).not.toContain('😀');
      // The name's 𠮷 comes from the second font (Noto Sans JP), also from the precache.
      expect(fonts.length, `font responses: ${JSON.stringify(responses)}`).toBeGreaterThanOrEqual(4);
      const { stdout: fontList } = await run('/usr/bin/pdffonts', [file]);
      expect(fontList).toMatch(/BIZUDPGothic-Regular/);
      expect(fontList).toMatch(/NotoSansJP-Regular/);
      const info = await pdfInfo(file);
      expectA4(info.size);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      await pageOnePng(file, 'app-pdf-page1');
    } finally {
      await page.close();
      await context.setOffline(false);
      await suite.server.start();
    }
  });

  it('the blank checklist prints and saves with all 16 steps', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin, '#/blank');
    await page.getByText(t(lang, 'record.blankKind'), { exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^【4-6】/ }).waitFor();

    const options = [
      optionLabel(lang, 'networks', 'clinical'),
      optionLabel(lang, 'networks', 'unknown'),
      optionLabel(lang, 'intrusionRoutes', 'webBrowsing'),
      optionLabel(lang, 'intrusionRoutes', 'removableMedia'),
    ];
    expect(allStepCodes).toHaveLength(16);
    const codes = allStepCodes.map((code) => `【${code}】`);

    const printed = path.join(tmp, 'blank-print.pdf');
    await printToPdf(page, printed);
    const printedText = await pdfText(printed);
    expectContains(printedText, [t(lang, 'record.blankKind'), ...codes, ...options], 'printed blank checklist');
    for (const label of [t(lang, 'record.pdf'), t(lang, 'nav.backToList'), 'English']) {
      expect(squash(printedText), `toolbar text 「${label}」 printed`).not.toContain(squash(label));
    }
    expectA4((await pdfInfo(printed)).size);
    await pageOnePng(printed, 'blank-page1');

    const saved = path.join(tmp, 'blank-app.pdf');
    const download = await savePdfButton(page, saved);
    expect(download.suggestedFilename()).toBe(t(lang, 'record.pdfFile.blankFileName'));
    const savedText = await pdfText(saved);
    expectContains(savedText, [...codes, ...options.slice(0, 2)], 'blank checklist PDF');
    const info = await pdfInfo(saved);
    expectA4(info.size);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('「PDF保存」 of an imported 100,000-character title takes seconds, not minutes', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const longTitle = `長い件名${'あいうえおかきくけこ'.repeat(10_000)}`.slice(0, 100_000);
    await patchRow(page, 'incidents', incidentId, { title: longTitle });
    await page.goto(recordUrl(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '長い件名あいうえお' }).waitFor();
    const file = path.join(tmp, 'long-title.pdf');
    const started = Date.now();
    await savePdfButton(page, file);
    const took = Date.now() - started;
    // It took 87–92 s before (a quadratic cut of the running header); the goal is 3 s. A shared
    // machine can be slow, so the test allows 30 s, and prints the figure.
    process.stdout.write(`[e2e] PDF保存 with a 100,000-character title: ${took} ms\n`);
    expect(took).toBeLessThan(30_000);
    expectContains(await pdfText(file), [longTitle.slice(0, 200)], 'long-title PDF');
    await patchRow(page, 'incidents', incidentId, { title });
    await page.close();
  });
});
