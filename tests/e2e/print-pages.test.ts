/**
 * A fully answered incident (the bench generator's: every item of every phase,
 * realistic Japanese text, a log written by several people) on paper: the
 * browser's 印刷 (Chromium's page.pdf with the print stylesheet) and the
 * app's PDF保存 run to about the same number of pages (within two), the
 * first page of both is the summary for management and the authorities, and
 * each approval carries signature / seal boxes. Every page of both is written
 * as PNG to screenshots/record-{print,pdf}-{ja,en}-NN.png for people to look at.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import type { ReportLogValue } from '../../src/checklist/types';
import type { ActivityEntry, IncidentRow } from '../../src/db/types';
import { generateIncidents } from '../bench/seed/generate';
import { SCREENSHOT_DIR, listHeading, openApp, startSuite, switchLanguage, t, type Lang, type Suite } from './harness';

const run = promisify(execFile);

let suite: Suite;
let context: BrowserContext;
let tmp: string;
/** Incident 1 of the bench: completed, every item answered, 20 log entries by several recorders. */
const { incidents, activity } = generateIncidents(1, 1);
/**
 * Long answers where issue 11 saw them cut (どこで発生したか, どのような操作を行ったか, a 報告先 beside
 * the MHLW office's long name): each ends in a marker, so a cut shows.
 */
const LONG = {
  where: `${'本館3階 医事課の受付端末、隣の放射線科の読影端末、さらに地下の検査部門サーバ室まで、'.repeat(4)}〔場所おわり〕`,
  what: `${'職員が不審なメールの添付ファイルを開き、表示された指示に従ってマクロを有効化した。'.repeat(3)}\n${'その後、共有フォルダのファイル名が次々に変わった。'.repeat(4)}〔操作おわり〕`,
  destination: '厚生労働省 医政局特定医薬品開発支援・医療情報担当参事官室（サイバーセキュリティ担当・初動対応支援窓口）〔報告先おわり〕',
};
const base = incidents[0]!;
const incident: IncidentRow = {
  ...base,
  answers: {
    ...base.answers,
    hearingWhere: { ...base.answers.hearingWhere!, value: LONG.where },
    hearingWhat: { ...base.answers.hearingWhat!, value: LONG.what },
    reportLogMhlw: {
      ...base.answers.reportLogMhlw!,
      value: {
        authorities: [
          ...(base.answers.reportLogMhlw!.value as ReportLogValue).authorities,
          { id: 'custom:5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: LONG.destination, required: 'yes', reports: [] },
        ],
      },
    },
  },
};

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  tmp = await mkdtemp(path.join(tmpdir(), 'e2e-print-pages-'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  try {
    await suite?.close();
  } finally {
    if (tmp && !process.env.E2E_KEEP_PDF) await rm(tmp, { recursive: true, force: true });
  }
});

/** The incident and its log, written straight into the app's IndexedDB (the app has created the schema). */
/**
 * Writes the incident straight into the app's IndexedDB, once the app has
 * made its database (opening it first, without a version, would make an
 * empty one and leave the app's upgrade waiting).
 */
function putIncident(page: Page, row: IncidentRow, log: ActivityEntry[]): Promise<void> {
  return page.evaluate(
    async ([incidentRow, entries]) => {
      for (let tries = 0; !(await indexedDB.databases()).some((d) => d.name === 'incident-checklist' && (d.version ?? 0) > 1); tries++) {
        if (tries > 200) throw new Error('the app never made its database');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('incident-checklist');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          try {
            const tx = db.transaction(['incidents', 'activity'], 'readwrite');
            tx.objectStore('incidents').put(incidentRow);
            for (const entry of entries) tx.objectStore('activity').add(entry);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onabort = () => (db.close(), reject(tx.error));
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      });
    },
    [row, log] as const,
  );
}

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('/usr/bin/pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

async function pageText(file: string, page: number): Promise<string> {
  const args = ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'];
  const { stdout } = await run('/usr/bin/pdftotext', args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout.normalize('NFKC').replace(/\s+/gu, '');
}

/** Every page as a PNG at 60 dpi, into screenshots/. */
async function pngs(pdf: string, name: string): Promise<void> {
  for (const file of await readdir(SCREENSHOT_DIR)) if (file.startsWith(`${name}-`)) await rm(path.join(SCREENSHOT_DIR, file));
  await run('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, path.join(SCREENSHOT_DIR, name)]);
}

const recordUrl = () => `${suite.server.origin}/#/incidents/${encodeURIComponent(incident.id)}/record`;

async function printToPdf(page: Page, file: string) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
}

async function savePdf(page: Page, lang: Lang, file: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: t(lang, 'record.pdf'), exact: true }).click(),
  ]);
  await download.saveAs(file);
}

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

describe('a fully answered incident on paper', () => {
  it('is stored', async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    await putIncident(page, incident, activity);
    await page.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`prints (${lang}) within two pages of its PDF保存, summary first`, { timeout: 180_000 }, async () => {
      const page = await context.newPage();
      await page.goto(recordUrl(), { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { level: 1, name: incident.title, exact: true }).waitFor();
      if (lang === 'en') await switchLanguage(page, 'en');
      await page.getByRole('button', { name: t(lang, 'record.pdf'), exact: true }).waitFor();

      // On screen: each long answer whole, in a box that shows all of it.
      for (const text of Object.values(LONG)) {
        const lines = text.split('\n');
        const box = page.locator('.record-phase').getByText(lines[0]!, { exact: false }).first();
        const fits = await box.evaluate((element, all) => {
          const record = element.closest('.record')!;
          const whole = (record as HTMLElement).innerText.replace(/\s+/g, '').includes(all.replace(/\s+/g, ''));
          let clipped = false;
          for (let e: Element | null = element; e && e !== record; e = e.parentElement) {
            if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) clipped = true;
          }
          return { whole, clipped };
        }, text);
        expect(fits, text.slice(-12)).toEqual({ whole: true, clipped: false });
      }
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `record-screen-${lang}.png`), fullPage: false });
      const printed = path.join(tmp, `print-${lang}.pdf`);
      await printToPdf(page, printed);
      const saved = path.join(tmp, `saved-${lang}.pdf`);
      await savePdf(page, lang, saved);
      await page.close();

      const printPages = await pdfPages(printed);
      const pdfPagesCount = await pdfPages(saved);
      process.stdout.write(`[e2e] fully answered incident (${lang}): print ${printPages} pages, PDF保存 ${pdfPagesCount} pages\n`);
      await pngs(printed, `record-print-${lang}`);
      await pngs(saved, `record-pdf-${lang}`);
      expect(Math.abs(printPages - pdfPagesCount), `print ${printPages} vs PDF ${pdfPagesCount}`).toBeLessThanOrEqual(2);

      for (const file of [printed, saved]) {
        const first = await pageText(file, 1);
        const summary = [t(lang, 'record.summary.heading'), t(lang, 'record.summary.hospital'), incident.title, t(lang, `status.${incident.status}`)];
        expect(summary.filter((s) => !first.includes(squash(s))), `${path.basename(file)} page 1`).toEqual([]);
        expect(first, `${path.basename(file)} page 1: open count`).toContain(squash(t(lang, 'record.openTotal')));
        const all = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 16 * 1024 * 1024 });
        // Two approvals (3-4, 4-6), each with its signature / seal boxes.
        const seals = squash(all.stdout).split(squash(t(lang, 'record.seal.approver'))).length - 1;
        expect(seals, `${path.basename(file)}: approver seal boxes`).toBe(2);
        // Every long answer whole, in the browser's print and in PDF保存.
        for (const text of Object.values(LONG)) expect(squash(all.stdout), `${path.basename(file)}: ${text.slice(-12)}`).toContain(squash(text));
      }
    });
  }
});
