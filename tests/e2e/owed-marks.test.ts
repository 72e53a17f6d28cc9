/**
 * Issue 11 in the real browser, in Japanese and English: 【2-13】 with its
 * 個人情報保護委員会 row answered 報告済みか: いいえ is still owed (item, step
 * list, phase stepper), and 【2-6】 shows the manual's actions unmarked, our
 * one proposal with a quiet † and the section's legend. Screenshots of both
 * steps go to screenshots/owed-*.png for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, createIncident, goToStep, itemFrame, openApp, screenshot, startSuite, switchLanguage, t, waitForSaved, type Lang, type Suite } from './harness';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await suite?.close();
});

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, caret: 'hide', animations: 'disabled' });
}

const cl = (lang: Lang, key: string) => t(lang, `checklist.${key}`);

async function reported(page: Page, lang: Lang, preset: string, state: 'yes' | 'no') {
  const row = page.getByRole('group', { name: cl(lang, `items.reportsMhlw.presets.${preset}`), exact: true });
  const radios = row.getByRole('radiogroup', { name: cl(lang, 'items.reportsMhlw.columns.done'), exact: true });
  await radios.getByRole('radio', { name: t(lang, `triState.${state}`), exact: true }).check();
}

describe.each(['ja', 'en'] as const)('owed reports and quiet proposals (%s)', (lang) => {
  it('keeps 【2-13】 owed while a report says no, and marks only our proposals in 【2-6】', { timeout: 90_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, suite.server.origin);
    await switchLanguage(page, lang);
    await createIncident(page, lang, { title: lang === 'ja' ? 'ランサムウェアの疑い' : 'Suspected ransomware', recorder: lang === 'ja' ? '山田' : 'Yamada' });

    await goToStep(page, lang, '2-13');
    await reported(page, lang, 'mhlw', 'yes');
    await reported(page, lang, 'ppc', 'no');
    await reported(page, lang, 'prefecture', 'yes');
    await waitForSaved(page, lang);
    const frame = itemFrame(page, 'reportsMhlw');
    await frame.getByText(t(lang, 'item.status.owed'), { exact: true }).waitFor();
    const what = t(lang, 'item.owed.row', { row: cl(lang, 'items.reportsMhlw.presets.ppc'), column: cl(lang, 'items.reportsMhlw.columns.done'), answer: t(lang, 'triState.no') });
    await frame.getByText(t(lang, 'item.owed.line', { what }), { exact: true }).waitFor();
    const steps = page.getByRole('navigation', { name: t(lang, 'wizard.steps'), exact: true });
    expect(await steps.getByRole('link', { name: /^【2-13】/ }).textContent()).toContain(t(lang, 'progress.openShort_one', { count: 1 }));
    const phases = page.getByRole('navigation', { name: t(lang, 'wizard.phases'), exact: true });
    expect(await phases.textContent()).not.toContain(t(lang, 'progress.allDone'));
    await shoot(page, `owed-${lang}-2-13`);
    await screenshot(page, `owed-${lang}-2-13-view`, '#item-reportsMhlw');

    await goToStep(page, lang, '2-6');
    const inputs = page.locator('main .step-inputs');
    expect(await inputs.getByRole('img', { name: t(lang, 'proposed.label'), exact: true }).count()).toBe(1);
    expect(await itemFrame(page, 'spreadPreventionNotes').getByRole('img', { name: t(lang, 'proposed.label'), exact: true }).count()).toBe(1);
    expect(await inputs.getByText(t(lang, 'proposed.legend'), { exact: true }).count()).toBe(1);
    await shoot(page, `owed-${lang}-2-6`);
    await screenshot(page, `owed-${lang}-2-6-view`, '#item-stopDecisionCommunicated');

    await goToStep(page, lang, '1-1');
    await screenshot(page, `owed-${lang}-1-1-view`, '#item-incidentCases');
    await goToStep(page, lang, '2-14');
    await screenshot(page, `owed-${lang}-2-14-view`, '#item-logSources');
    await context.close();
  });
});
