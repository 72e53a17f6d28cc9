/**
 * Long unbroken text (a pasted log line, a URL, a hash) wraps: no page grows
 * wider than the window, and the print keeps every character of it instead of
 * cutting the line at the paper's edge. A 10,000-character answer, a 300-
 * character table cell, a 2,000-character 対象外 reason, a 100-character
 * recorder, and a 2,000-character title (more than the form takes: written
 * straight into IndexedDB, as an import of another version could).
 * Screenshots of each page and the printed record go to screenshots/long-*.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  VIEWPORT,
  createIncident,
  fillItem,
  goToStep,
  itemFrame,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  storedAnswer,
  t,
  waitForSaved,
  waitForStored,
  type Suite,
  screenshot,
  switchLanguage,
} from './harness';
import { patchRow } from './raw-rows';

const run = promisify(execFile);

/** Letters and digits only: no space, hyphen or CJK character to break at. Numbered, so a cut shows. */
const unbroken = (prefix: string, length: number) =>
  Array.from({ length: Math.ceil(length / 10) }, (_, i) => `${prefix}${String(i).padStart(5, '0')}zzzz`.slice(0, 10))
    .join('')
    .slice(0, length);
const answer = unbroken('A', 10_000);
const cell = unbroken('C', 300);
const reason = unbroken('R', 2_000);
const recorder = unbroken('P', 100);
const title = unbroken('T', 2_000);

let suite: Suite;
let context: BrowserContext;
let incidentId = '';

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await suite?.close();
});

/** How wide the page is laid out: more than the window means a sideways scroll bar. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);



describe('long unbroken text', () => {
  it('is typed in through the wizard', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    incidentId = await createIncident(page, 'ja', { title: '長い行の試験', recorder });
    await fillItem(page, 'ja', 'incidentDescription', answer);
    const networks = itemFrame(page, 'networks');
    await networks.getByRole('button', { name: t('ja', 'na.mark'), exact: true }).click();
    await networks.getByRole('textbox', { name: t('ja', 'na.reasonPrompt'), exact: true }).fill(reason);
    await networks.getByRole('button', { name: t('ja', 'na.confirm'), exact: true }).click();
    await waitForStored(page, incidentId, 'incidentDescription', answer);
    await goToStep(page, 'ja', '2-14');
    const vpn = page
      .getByRole('group', { name: t('ja', 'checklist.items.logSources.label'), exact: true })
      .getByRole('group', { name: t('ja', 'checklist.items.logSources.presets.vpn'), exact: true });
    await vpn.getByRole('textbox', { name: t('ja', 'checklist.items.logSources.columns.storedWhere'), exact: true }).fill(cell);
    await vpn.getByRole('textbox', { name: t('ja', 'checklist.items.logSources.columns.source'), exact: true }).fill(cell);
    await expect
      .poll(async () => JSON.stringify(await storedAnswer(page, incidentId, 'logSources')))
      .toContain(`"source":"${cell}"`);
    await waitForSaved(page, 'ja');
    await patchRow(page, 'incidents', incidentId, { title });
    await page.close();
  });

  describe.each(['ja', 'en'] as const)('in %s', (lang) => {
    it('wraps in the list: the page is no wider than the window', { timeout: 60_000 }, async () => {
      const page = await context.newPage();
      await openApp(page, suite.server.origin);
      await listHeading(page, 'ja').waitFor();
      await switchLanguage(page, lang);
      await listHeading(page, lang).waitFor();
      await page.locator('.incident-card').first().waitFor();
      await screenshot(page, `long-${lang}-list`);
      expect.soft(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORT.width);
      await page.close();
    });

    it('wraps in the wizard: header, answer, 対象外 reason, table row', { timeout: 60_000 }, async () => {
      const page = await context.newPage();
      await page.goto(stepUrl(suite.server.origin, incidentId, '1-1'), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, '1-1').waitFor();
      await switchLanguage(page, lang);
      await page.getByText(reason).first().waitFor();
      await screenshot(page, `long-${lang}-step-1-1`);
      await screenshot(page, `long-${lang}-step-1-1-reason`, '[id="item-networks"]');
      expect.soft(await pageWidth(page), 'step 1-1').toBeLessThanOrEqual(VIEWPORT.width);
      await goToStep(page, lang, '2-14');
      await page.locator('legend', { hasText: cell }).waitFor();
      await screenshot(page, `long-${lang}-step-2-14`, '[id="item-logSources"]');
      expect.soft(await pageWidth(page), 'step 2-14').toBeLessThanOrEqual(VIEWPORT.width);
      await page.close();
    });

    it('wraps on the record page and keeps every character in print', { timeout: 90_000 }, async () => {
      const page = await context.newPage();
      await page.goto(`${suite.server.origin}/#/incidents/${encodeURIComponent(incidentId)}/record`, { waitUntil: 'domcontentloaded' });
      await page.locator('.record h1').waitFor();
      await switchLanguage(page, lang);
      await page.getByText(answer, { exact: true }).first().waitFor();
      await screenshot(page, `long-${lang}-record`);
      await screenshot(page, `long-${lang}-record-reason`, '[data-item="networks"]');
      await screenshot(page, `long-${lang}-record-log`, '.record-activity');
      expect.soft(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORT.width);

      const file = path.join(SCREENSHOT_DIR, `long-${lang}-record.pdf`);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
      await page.close();
      // In the order it is drawn (-raw: a text running onto the next page goes on before that page's
      // next label), without the page numbers (「3 / 30」), which fall inside such a text, and without line breaks.
      const { stdout } = await run('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
      const printed = stdout.replace(/^\s*\d+ ?\/ ?\d+\s*$/gmu, '').replace(/\s+/gu, '');
      for (const [what, text] of Object.entries({ answer, cell, reason, recorder, title })) {
        expect(printed.includes(text), `the whole ${what} (${text.length} characters) is printed`).toBe(true);
      }
    });
  });
});
