/**
 * Inputs for someone typing under stress, keyboard only, at 1280×720:
 * a date-time is two Tab stops (one text field and 今) and takes Japan time
 * as typed; no answer is cut off on screen (one-line answers wrap and grow,
 * multi-line ones grow, table cells wrap); the manual's panel, when it
 * scrolls, can be scrolled by keyboard. Screenshots go to screenshots/inputs-*.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  createIncident,
  itemFrame,
  itemLabel,
  listHeading,
  openApp,
  screenshot,
  startSuite,
  stepHeading,
  stepUrl,
  storedIncidents,
  switchLanguage,
  t,
  textItem,
  waitForSaved,
  type Lang,
  type Suite,
} from './harness';

let suite: Suite;
let context: BrowserContext;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await suite?.close();
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}

/** Tab presses from the field until the focus has left the date-time (field, 今, …). */
async function tabStops(page: Page, field: Locator): Promise<number> {
  await field.focus();
  const widget = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " datetime-input ")][1]');
  const inside = async () =>
    (await widget.count()) > 0
      ? widget.evaluate((w) => w.contains(document.activeElement))
      : field.evaluate((f) => f === document.activeElement || f.parentElement!.contains(document.activeElement));
  for (let presses = 1; presses <= 12; presses++) {
    await page.keyboard.press('Tab');
    if (!(await inside())) return presses;
  }
  return Infinity;
}

/** Whether everything in the box is drawn inside it: no text scrolled or cut off. */
const fullyShown = (box: Locator) =>
  box.evaluate((e) => ({ fits: e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1, size: [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight] }));

const LONG_WHERE =
  '本館3階 東病棟ナースステーションの電子カルテ端末（端末番号 EHR-3F-E-012）と、同じフロアの医師控室にある情報系端末2台、さらに隣接する処置室の検査システム端末、放射線部の読影端末';
const LONG_WHAT =
  '外来受付に届いた「検査結果のご案内」という件名のメールに添付された Excel ファイルを、病棟の端末で開いた。ファイルを開くと「コンテンツの有効化」を求める黄色い帯が出たので、ボタンを押してマクロを有効にした。その直後から画面が数回ちらつき、共有フォルダのファイル名が見慣れない拡張子に変わり始めた。ウイルス対策ソフトの警告は表示されなかった。約10分後、デスクトップに英語の脅迫文が表示され、端末の再起動を試みたが起動しなくなった。';

for (const lang of ['ja', 'en'] as const satisfies Lang[]) {
  describe(`inputs (${lang})`, () => {
    it('a date-time is one text field and 今: at most two Tab stops, read as Japan time as typed', async () => {
      const page = await newPage();
      await openApp(page, suite.server.origin);
      await switchLanguage(page, lang);
      await listHeading(page, lang).waitFor();
      const detected = page.getByLabel(new RegExp(`^${t(lang, 'incident.detectedAt')}`));
      expect(await tabStops(page, detected)).toBeLessThanOrEqual(2);

      await detected.fill('２０２６／１２／０１　１４：３０');
      const readAs = t(lang, 'dates.readAs', { when: lang === 'ja' ? '2026年12月1日 14:30' : '01 Dec 2026, 14:30' });
      await page.getByText(readAs, { exact: true }).waitFor();
      await screenshot(page, `inputs-${lang}-create-date`);
      // Left, it shows the date-time it read plainly.
      await page.keyboard.press('Tab');
      expect(await detected.inputValue()).toBe('2026-12-01 14:30');
      const id = await createIncident(page, lang, { title: `日時の試験 ${lang}`, recorder: '山田' });
      const row = (await storedIncidents(page)).find((r) => r.id === id) as { detectedAt: string };
      expect(row.detectedAt).toBe('2026-12-01T05:30:00.000Z');

      // In a step: an action's 実施日時.
      await page.goto(stepUrl(suite.server.origin, id, '1-4'), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, '1-4').waitFor();
      const tick = page.getByRole('checkbox', { name: itemLabel(lang, 'lanDisconnected'), exact: true });
      await tick.check();
      const at = itemFrame(page, 'lanDisconnected').getByLabel(t(lang, 'action.occurredAt'), { exact: true });
      expect(await tabStops(page, at)).toBeLessThanOrEqual(2);
      await at.fill('12/1 9:05');
      await page.getByText(t(lang, 'dates.readAs', { when: lang === 'ja' ? `${new Date().getFullYear()}年12月1日 09:05` : `01 Dec ${new Date().getFullYear()}, 09:05` }), { exact: true }).waitFor();
      await waitForSaved(page, lang);
      await at.fill('きのうの夜');
      await page.getByText(t(lang, 'dates.unreadable'), { exact: true }).waitFor();
      expect(await at.getAttribute('aria-invalid')).toBe('true');
      await page.locator('.save-indicator').getByText(t(lang, 'save.reason.invalidInput')).waitFor();
      await screenshot(page, `inputs-${lang}-action-date-unreadable`, '[id="item-lanDisconnected"]', 'center');
      const stored = (await storedIncidents(page)).find((r) => r.id === id) as { answers: Record<string, { value: { occurredAt: string } }> };
      expect(stored.answers.lanDisconnected!.value.occurredAt).toMatch(/-12-01T00:05:00\.000Z$/);
      await page.close();
    });

    it('no answer is cut off: one-line and multi-line answers and table cells grow with their text', async () => {
      const page = await newPage();
      await openApp(page, suite.server.origin);
      await switchLanguage(page, lang);
      const id = await createIncident(page, lang, { title: `長い回答 ${lang}`, recorder: '山田' });
      await page.goto(stepUrl(suite.server.origin, id, '1-4'), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, '1-4').waitFor();
      const where = textItem(page, lang, 'hearingWhere');
      const what = textItem(page, lang, 'hearingWhat');
      await where.fill(LONG_WHERE);
      await what.fill(LONG_WHAT);
      // Enter adds no line to a one-line answer.
      await where.press('End');
      await where.press('Enter');
      expect(await where.inputValue()).toBe(LONG_WHERE);
      await waitForSaved(page, lang);
      expect(await fullyShown(where)).toMatchObject({ fits: true });
      expect(await fullyShown(what)).toMatchObject({ fits: true });
      await screenshot(page, `inputs-${lang}-long-answers`, '[id="item-hearingWhere"]');

      await page.goto(stepUrl(suite.server.origin, id, '2-14'), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, '2-14').waitFor();
      const table = page.getByRole('group', { name: itemLabel(lang, 'logSources'), exact: true });
      const destinations = table.getByRole('textbox', { name: t(lang, 'checklist.items.logSources.columns.source'), exact: true });
      expect(await destinations.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await destinations.count()); i++) expect(await fullyShown(destinations.nth(i)), `row ${i + 1}`).toMatchObject({ fits: true });
      const method = table.getByRole('textbox', { name: t(lang, 'checklist.items.logSources.columns.storedWhere'), exact: true }).first();
      await method.fill(LONG_WHAT.slice(0, 120));
      expect(await fullyShown(method)).toMatchObject({ fits: true });
      await screenshot(page, `inputs-${lang}-table-cells`, '[id="item-logSources"]');

      // 行を削除, and its undo.
      await table.getByRole('button', { name: new RegExp(`^${t(lang, 'table.remove', { name: '@' }).split('@')[0]}`) }).first().click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t(lang, 'table.undo'));
      await screenshot(page, `inputs-${lang}-table-undo`, '.table-undo', 'center');
      await page.keyboard.press('Enter');
      await expect.poll(() => table.locator('legend').count()).toBe(5);
      await page.close();
    });

    it('the manual panel, when it scrolls, is a named Tab stop that scrolls by keyboard; 対象外 for the whole step', async () => {
      const page = await newPage();
      await openApp(page, suite.server.origin);
      await switchLanguage(page, lang);
      const id = await createIncident(page, lang, { title: `手順の対象外 ${lang}`, recorder: '山田' });
      await page.goto(stepUrl(suite.server.origin, id, '1-4'), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, '1-4').waitFor();
      const panel = page.getByRole('complementary', { name: t(lang, 'wizard.guidance'), exact: true });
      const scrolls = await panel.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
      if (lang === 'en') expect(scrolls).toBe(true); // the English 【1-4】 is longer than the window
      if (scrolls) {
        expect(await panel.evaluate((e) => (e as HTMLElement).tabIndex)).toBe(0);
        await panel.focus();
        await page.keyboard.press('End');
        await expect.poll(() => panel.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
      }

      await page.getByRole('button', { name: t(lang, 'stepNa.open'), exact: true }).click();
      await page.getByRole('textbox', { name: t(lang, 'stepNa.prompt'), exact: true }).fill(lang === 'ja' ? '本人不在のため聞き取りできず' : 'Nobody to ask');
      await screenshot(page, `inputs-${lang}-step-na`, '.step-na', 'center');
      await page.keyboard.press('Enter');
      await page.locator('.step-na-done').waitFor();
      await waitForSaved(page, lang);
      await screenshot(page, `inputs-${lang}-step-na-done`, '.step-na', 'center');
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.getByText(t(lang, 'progress.stepDone'), { exact: true }).waitFor();
      await page.close();
    });
  });
}
