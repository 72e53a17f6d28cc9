/**
 * Issue 9's saving defects in the real browser: a step that stopped saving,
 * a 対象外 reason lost before it was confirmed, the browser killed while
 * typing into any kind of field, and two windows typing the same item.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  createIncident,
  expectValue,
  itemFrame,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  storedActivity,
  storedIncidents,
  naReasonBox,
  t,
  textItem,
  VIEWPORT,
  waitForStored,
  type Suite,
} from './harness';
import { CHROMIUM_PATH } from './paths';

const lang = 'ja';
let suite: Suite;
let context: BrowserContext;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
});

afterAll(async () => {
  await suite?.close();
});

const indicator = (page: Page) => page.locator('.save-indicator');

async function newIncident(page: Page, title: string): Promise<string> {
  await openApp(page, suite.server.origin);
  await listHeading(page, lang).waitFor();
  return createIncident(page, lang, { title, recorder: '記録 四郎' });
}

describe('saving', () => {
  it('keeps saving a step after a too-long paste, and never says 保存済み while it is on screen', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    const id = await newIncident(page, '長すぎる貼り付け');
    await textItem(page, lang, 'incidentDescription').fill('あ'.repeat(20_001));
    await page.getByText(t(lang, 'validation.tooLong')).first().waitFor();
    await expect.poll(() => indicator(page).textContent()).toContain(t(lang, 'save.reason.invalidInput'));
    const person = textItem(page, lang, 'detectedBy');
    await person.click();
    await person.pressSequentially('看護師 佐藤', { delay: 20 });
    await waitForStored(page, id, 'detectedBy', '看護師 佐藤');
    expect(await indicator(page).textContent()).not.toContain('保存済み');
    await textItem(page, lang, 'incidentDescription').fill('短くした');
    await waitForStored(page, id, 'incidentDescription', '短くした');
    await expect.poll(() => indicator(page).textContent()).toContain('保存済み');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expectValue(textItem(page, lang, 'detectedBy'), '看護師 佐藤');
    await page.close();
  });

  it('keeps a 対象外 reason that was typed but not confirmed, through leaving the step and closing the window', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    const id = await newIncident(page, '未確定の対象外');
    await itemFrame(page, 'networks').getByRole('button', { name: t(lang, 'na.mark'), exact: true }).click();
    await naReasonBox(page, lang, 'networks').pressSequentially('院内LANに接続していない端末', { delay: 0 });
    // Straight on to the next step, then the window is closed: no wait for anything.
    await page.getByRole('link', { name: new RegExp(`^${t(lang, 'wizard.next')}`) }).click();
    await stepHeading(page, '1-4').waitFor();
    await page.close({ runBeforeUnload: true });

    const again = await context.newPage();
    await again.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await expectValue(naReasonBox(again, lang, 'networks'), '院内LANに接続していない端末');
    await again.close();
  });

  it('loses nothing typed more than 500 ms before the browser is killed, whatever the field', { timeout: 150_000 }, async () => {
    const profile = await mkdtemp(path.join(tmpdir(), 'e2e-crash-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: VIEWPORT,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
      });
    try {
      let ctx = await launch();
      let page = ctx.pages()[0] ?? (await ctx.newPage());
      const id = await newIncident(page, '強制終了の前');
      // An answer, a 対象外 reason not confirmed, the recorder, and a title correction: all typed, none confirmed.
      await textItem(page, lang, 'incidentDescription').pressSequentially('ランサムウェアの脅迫文', { delay: 0 });
      await itemFrame(page, 'networks').getByRole('button', { name: t(lang, 'na.mark'), exact: true }).click();
      await naReasonBox(page, lang, 'networks').pressSequentially('スタンドアロン', { delay: 0 });
      await page.getByRole('button', { name: t(lang, 'recorder.change'), exact: true }).click();
      const recorder = page.getByRole('textbox', { name: t(lang, 'recorder.label'), exact: true });
      await recorder.fill('');
      await recorder.pressSequentially('交代 五郎', { delay: 0 });
      await page.getByRole('button', { name: t(lang, 'incident.metaEdit'), exact: true }).click();
      const title = page.getByRole('textbox', { name: t(lang, 'incident.title'), exact: true });
      await title.pressSequentially('（訂正）', { delay: 0 });
      await page.waitForTimeout(600);
      // SIGKILL: no pagehide, no unload, nothing runs.
      execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
      await ctx.close().catch(() => undefined);

      ctx = await launch();
      page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
      await expectValue(textItem(page, lang, 'incidentDescription'), 'ランサムウェアの脅迫文');
      await expectValue(naReasonBox(page, lang, 'networks'), 'スタンドアロン');
      await expect.poll(() => page.locator('.recorder strong').textContent()).toBe('交代 五郎');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('強制終了の前（訂正）');

      // And the first screen, before there is an incident to save into.
      await openApp(page, suite.server.origin);
      await listHeading(page, lang).waitFor();
      await page.getByRole('textbox', { name: t(lang, 'incident.title'), exact: true }).pressSequentially('まだ開始していない件名', { delay: 0 });
      await page.waitForTimeout(600);
      execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
      await ctx.close().catch(() => undefined);
      ctx = await launch();
      page = ctx.pages()[0] ?? (await ctx.newPage());
      await openApp(page, suite.server.origin);
      await expectValue(page.getByRole('textbox', { name: t(lang, 'incident.title'), exact: true }), 'まだ開始していない件名');
      await ctx.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('never drops what either of two windows typed into the same item', { timeout: 120_000 }, async () => {
    const a = await context.newPage();
    const id = await newIncident(a, '同じ項目を二つの窓で');
    const b = await context.newPage();
    await b.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await stepHeading(b, '1-1').waitFor();
    const inA = textItem(a, lang, 'incidentDescription');
    const inB = textItem(b, lang, 'incidentDescription');
    await inA.click();
    await inB.click();
    // Both type into the same answer at the same time.
    await Promise.all([inA.pressSequentially('窓Aの観察：画面に脅迫文', { delay: 15 }), inB.pressSequentially('窓Bの観察：サーバ停止', { delay: 15 })]);
    const finalA = await inA.inputValue();
    const finalB = await inB.inputValue();
    await a.waitForTimeout(1500);

    // Whatever each window last showed is kept: as the answer, as the value it overwrote, or in the log.
    const [row] = (await storedIncidents(a)).filter((r) => r.id === id) as Array<{ answers: Record<string, { value?: unknown; overwritten?: { value: unknown } }> }>;
    const log = (await storedActivity(a, id)).map((entry) => entry.value);
    const answer = row!.answers.incidentDescription!;
    const kept = new Set([answer.value, answer.overwritten?.value, ...log]);
    expect(kept.has(finalA), `A's "${finalA}" is lost`).toBe(true);
    expect(kept.has(finalB), `B's "${finalB}" is lost`).toBe(true);
    // And a window that overwrote the other's value says so beside the item.
    if (answer.overwritten) {
      const notice = t(lang, 'overwrite.restore');
      const shown = (await a.getByRole('button', { name: notice }).count()) + (await b.getByRole('button', { name: notice }).count());
      expect(shown).toBeGreaterThan(0);
    }
    await a.close();
    await b.close();
  });

  it('locks the inputs as soon as a newer tab takes the database, so nothing typed then is lost', { timeout: 90_000 }, async () => {
    const ctx = await suite.newContext();
    const page = await ctx.newPage();
    await newIncident(page, 'データベースの更新');
    const field = textItem(page, lang, 'incidentDescription');
    await field.pressSequentially('更新前の入力', { delay: 0 });
    // Another tab opens the database at a newer version, as a newer app version would.
    const other = await ctx.newPage();
    await other.goto(`${suite.server.origin}/favicon.svg`);
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('incident-checklist', 10_000);
          open.onsuccess = () => (open.result.close(), resolve());
          open.onerror = () => reject(open.error);
        }),
    );
    await page.getByText(t(lang, 'update.databaseUpgraded')).waitFor();
    await page.getByText(t(lang, 'update.locked')).waitFor();
    const focusable = await field.evaluate((el) => {
      el.focus();
      return document.activeElement === el;
    });
    expect(focusable, 'the answer could still be typed into with the database closed').toBe(false);
    await ctx.close();
  });
});
