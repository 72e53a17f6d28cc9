/**
 * A new version arrives while someone is typing: the app must say so and
 * wait (never reload by itself), and 更新 must keep what was typed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  BUILDS,
  createIncident,
  expectValue,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  t,
  textItem,
  waitForServiceWorkerControl,
  type Suite,
} from './harness';

const lang = 'ja';
let suite: Suite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  suite = await startSuite({ dir: BUILDS.v1.dir });
  context = await suite.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await suite?.close();
});

const buildShown = (p: Page) =>
  p.getByRole('term').filter({ hasText: t(lang, 'settings.about.build') }).locator('xpath=following-sibling::dd[1]');

/** A mark on the current document: gone once the page has reloaded. */
const setMark = (p: Page) => p.evaluate(() => ((window as unknown as { __e2eMark?: number }).__e2eMark = 1));
const hasMark = (p: Page) => p.evaluate(() => (window as unknown as { __e2eMark?: number }).__e2eMark === 1);

describe('app update', () => {
  it('announces a new version without reloading, and keeps the typed text through 更新', { timeout: 150_000 }, async () => {
    // v1, first visit: the service worker installs and controls the page.
    await openApp(page, suite.server.origin, '#/settings');
    await expect.poll(() => buildShown(page).textContent(), { timeout: 15_000 }).toBe(BUILDS.v1.id);
    await waitForServiceWorkerControl(page);
    await page.getByRole('link', { name: t(lang, 'app.title'), exact: true }).click();
    await listHeading(page, lang).waitFor();

    const id = await createIncident(page, lang, { title: '更新中の入力', recorder: '記録 花子' });
    await setMark(page);
    const typed = '更新の通知が出ても、この入力は消えない';
    const field = textItem(page, lang, 'incidentDescription');
    await field.click();
    await field.pressSequentially(typed, { delay: 0 });

    // At once, without waiting for the autosave: v2 is published and the app checks for it.
    suite.server.switchTo(BUILDS.v2.dir);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const bar = page.getByRole('status').filter({ hasText: t(lang, 'update.newVersion') });
    await bar.waitFor({ timeout: 45_000 });
    expect(await hasMark(page), 'the page reloaded by itself when the new version arrived').toBe(true);
    expect(await field.inputValue()).toBe(typed);

    // Keep typing while the bar is up: still no reload.
    const more = '（追記）';
    await field.pressSequentially(more, { delay: 0 });
    expect(await hasMark(page)).toBe(true);

    // 更新: the page reloads under v2 and the text is there.
    await bar.getByRole('button', { name: t(lang, 'update.apply'), exact: true }).click();
    // From the press on, inputs are locked until the reload, so nothing typed then can be lost.
    // (Checked on the page as it was: once reloaded, typing is saved again.)
    const focusable = await field
      .evaluate((el) => {
        el.focus();
        return (window as unknown as { __e2eMark?: number }).__e2eMark === 1 && document.activeElement === el;
      })
      .catch(() => false);
    expect(focusable, 'the answer could still be typed into after 更新').toBe(false);
    await expect.poll(() => hasMark(page).catch(() => false), { timeout: 45_000, message: 'the page did not reload after 更新' }).toBe(false);
    await stepHeading(page, '1-1').waitFor();
    await expectValue(textItem(page, lang, 'incidentDescription'), typed + more);
    expect(await bar.count()).toBe(0);

    // The settings page shows the new build, and so does a new window.
    await page.getByRole('link', { name: t(lang, 'nav.settings'), exact: true }).click();
    await expect.poll(() => buildShown(page).textContent(), { timeout: 15_000 }).toBe(BUILDS.v2.id);
    const other = await context.newPage();
    await other.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await expectValue(textItem(other, lang, 'incidentDescription'), typed + more);
    await other.close();
  });

  it('lets a second open window update too, after the first one did', { timeout: 150_000 }, async () => {
    suite.server.switchTo(BUILDS.v1.dir);
    const ctx = await suite.newContext();
    const a = await ctx.newPage();
    await openApp(a, suite.server.origin);
    await listHeading(a, lang).waitFor();
    await waitForServiceWorkerControl(a);
    const id = await createIncident(a, lang, { title: '二つの窓で更新', recorder: '記録 次郎' });
    const b = await ctx.newPage();
    await b.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await stepHeading(b, '1-1').waitFor();
    await waitForServiceWorkerControl(b);
    await setMark(a);
    await setMark(b);

    suite.server.switchTo(BUILDS.v2.dir);
    await a.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const barOf = (p: Page) => p.getByRole('status').filter({ hasText: t(lang, 'update.newVersion') });
    await barOf(a).waitFor({ timeout: 45_000 });
    await barOf(b).waitFor({ timeout: 45_000 });

    // Window B has typed text; window A updates first.
    const typed = '窓Bで入力中の文章';
    await textItem(b, lang, 'affectedDevice').fill(typed);
    await barOf(a).getByRole('button', { name: t(lang, 'update.apply'), exact: true }).click();
    await expect.poll(() => hasMark(a).catch(() => false), { timeout: 45_000 }).toBe(false);
    await stepHeading(a, '1-1').waitFor();

    // B did not reload under the user's hands, and its text is intact.
    expect(await hasMark(b), 'window B reloaded by itself').toBe(true);
    expect(await textItem(b, lang, 'affectedDevice').inputValue()).toBe(typed);

    // B's 更新 still works: it reloads under v2 with the text kept.
    await barOf(b).getByRole('button', { name: t(lang, 'update.apply'), exact: true }).click();
    await expect
      .poll(() => hasMark(b).catch(() => false), { timeout: 20_000, message: 'window B did not reload after its 更新 (the other window had already updated)' })
      .toBe(false);
    await expectValue(textItem(b, lang, 'affectedDevice'), typed);
    await b.getByRole('link', { name: t(lang, 'nav.settings'), exact: true }).click();
    await expect.poll(() => buildShown(b).textContent(), { timeout: 15_000 }).toBe(BUILDS.v2.id);
  });
});
