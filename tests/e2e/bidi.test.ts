/**
 * Right-to-left text and bidi control characters in what people type reorder
 * only themselves: a U+202E RIGHT-TO-LEFT OVERRIDE in a table cell leaves
 * 「…」の行を削除 and the record's activity log in order, on screen and on
 * paper. The order checked is the one a person sees: where each character
 * is drawn (its box from a DOM Range, on screen and in the print layout),
 * not the order in the DOM. (pdftotext cannot tell: it runs the narrow
 * columns of the log into each other.) Screenshots and the printed record
 * go to screenshots/bidi-*.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  createIncident,
  fillItem,
  goToStep,
  itemFrame,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  storedAnswer,
  t,
  waitForSaved,
  waitForStored,
  type Lang,
  type Suite,
  screenshot,
  switchLanguage,
} from './harness';

const RLO = '\u202e';
const title = `${RLO}逆向きの件名 ABC`;
const recorder = `${RLO}山田 שלום`;
const cell = `${RLO}evil`;
const answer = `${RLO}端末 123 מחשב`;
const reason = `${RLO}対象外の理由`;

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

/**
 * Whether `text`, found in one text node inside `scope`, is drawn left to
 * right: each character right of the one before, or on a lower line. null
 * when it is not there at all.
 */
function drawnInOrder(scope: Locator, text: string): Promise<boolean | null> {
  return scope.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const boxes = Array.from(needle, (_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect();
      });
      return boxes.every((box, i) => i === 0 || box.top > boxes[i - 1]!.bottom - 2 || box.left >= boxes[i - 1]!.left);
    }
    return null;
  }, text);
}



const logTable = (lang: Lang) => ({ label: t(lang, 'checklist.items.logSources.label'), firewall: t(lang, 'checklist.items.logSources.presets.firewall') });

describe('bidi control characters in user text', () => {
  it('are typed in: title, recorder, an answer, a 対象外 reason, a table cell', { timeout: 120_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    incidentId = await createIncident(page, 'ja', { title, recorder });
    await fillItem(page, 'ja', 'incidentDescription', answer);
    const networks = itemFrame(page, 'networks');
    await networks.getByRole('button', { name: t('ja', 'na.mark'), exact: true }).click();
    await networks.getByRole('textbox', { name: t('ja', 'na.reasonPrompt'), exact: true }).fill(reason);
    await networks.getByRole('button', { name: t('ja', 'na.confirm'), exact: true }).click();
    await waitForStored(page, incidentId, 'incidentDescription', answer);
    await goToStep(page, 'ja', '2-14');
    const vpn = page
      .getByRole('group', { name: logTable('ja').label, exact: true })
      .getByRole('group', { name: t('ja', 'checklist.items.logSources.presets.vpn'), exact: true });
    // Something beside the row's name, so that the row is an answer (and goes into the log).
    await vpn.getByRole('textbox', { name: t('ja', 'checklist.items.logSources.columns.storedWhere'), exact: true }).fill('USB');
    await vpn.getByRole('textbox', { name: t('ja', 'checklist.items.logSources.columns.source'), exact: true }).fill(cell);
    await expect.poll(async () => JSON.stringify(await storedAnswer(page, incidentId, 'logSources'))).toContain(JSON.stringify(cell));
    await waitForSaved(page, 'ja');
    await page.close();
  });

  it('leave 「…」の行を削除 in order', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(stepUrl(suite.server.origin, incidentId, '2-14'), { waitUntil: 'domcontentloaded' });
    await stepHeading(page, '2-14').waitFor();
    const remove = page.locator('.table-row > button', { hasText: 'evil' });
    await remove.waitFor();
    await screenshot(page, 'bidi-ja-step-2-14', '.table-row', 'center');
    expect(await drawnInOrder(remove, 'の行を削除')).toBe(true);
    await switchLanguage(page, 'en');
    await stepHeading(page, '2-14').waitFor();
    await screenshot(page, 'bidi-en-step-2-14', '.table-row', 'center');
    await goToStep(page, 'en', '1-1');
    await screenshot(page, 'bidi-en-step-1-1');
    await switchLanguage(page, 'ja');
    await stepHeading(page, '1-1').waitFor();
    await screenshot(page, 'bidi-ja-step-1-1', '[id="item-networks"]', 'center');
    await page.close();
  });

  describe.each(['ja', 'en'] as const)('on the record (%s)', (lang) => {
    it('leave the activity log in order, on screen and in print', { timeout: 90_000 }, async () => {
      const page = await context.newPage();
      await page.goto(`${suite.server.origin}/#/incidents/${encodeURIComponent(incidentId)}/record`, { waitUntil: 'domcontentloaded' });
      await page.locator('.record h1').waitFor();
      await switchLanguage(page, lang);
      const { firewall } = logTable(lang);
      // The log's line for the table: 「<cell>（保管場所: USB） / ファイアウォールのログ（） / …」.
      const line = page.locator('.record-activity td', { hasText: firewall });
      await line.waitFor();
      await screenshot(page, `bidi-${lang}-record`);
      await screenshot(page, `bidi-${lang}-record-log`, '.record-activity', 'center');
      expect(await drawnInOrder(line, firewall)).toBe(true);

      // As printed: the print stylesheet applies (its own font size and layout); the PDF is kept for people to look at.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await drawnInOrder(line, firewall)).toBe(true);
      await page.pdf({ path: path.join(SCREENSHOT_DIR, `bidi-${lang}-record.pdf`), format: 'A4', preferCSSPageSize: true, printBackground: true });
      await page.close();
    });
  });
});
