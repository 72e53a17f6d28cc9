/**
 * Issues 11 and 12 in the real browser, in Japanese and English: 【2-13】 with
 * its 個人情報保護委員会 report required and not yet recorded is still open
 * (item, step list, phase stepper) until a report is recorded, and 【2-6】 shows the manual's actions unmarked, our
 * one proposal with a quiet † and the section's legend. Screenshots of both
 * steps go to screenshots/owed-*.png for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import enLegal from '../../src/i18n/locales/en/legal.json';
import jaLegal from '../../src/i18n/locales/ja/legal.json';
import { SCREENSHOT_DIR, createIncident, fillItem, goToStep, itemFrame, openApp, screenshot, startSuite, switchLanguage, t, waitForSaved, type Lang, type Suite } from './harness';

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

const authority = (lang: Lang, id: string) => (lang === 'ja' ? jaLegal : enLegal).authorities[id as 'ppc'].name;

describe.each(['ja', 'en'] as const)('owed reports and quiet proposals (%s)', (lang) => {
  it('keeps 【2-13】 open while a required report is not recorded, done once it is; marks only our proposals in 【2-6】', { timeout: 90_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, suite.server.origin);
    await switchLanguage(page, lang);
    await createIncident(page, lang, { title: lang === 'ja' ? 'ランサムウェアの疑い' : 'Suspected ransomware', recorder: lang === 'ja' ? '山田' : 'Yamada' });

    // An answer the PPC draft draws its 概要 from.
    await goToStep(page, lang, '1-1');
    await fillItem(page, lang, 'incidentDescription', lang === 'ja' ? '電子カルテの画面に脅迫文が表示され、ファイルが開けなくなった。' : 'A ransom note appeared on the EHR screens; files would not open.');
    await waitForSaved(page, lang);
    await goToStep(page, lang, '2-13');
    const ppc = page.getByRole('group', { name: authority(lang, 'ppc'), exact: true });
    const required = ppc.getByRole('radiogroup', { name: t(lang, 'reportLog.requiredOf', { name: `\u2068${authority(lang, 'ppc')}\u2069` }), exact: true });
    await required.getByRole('radio', { name: t(lang, 'triState.yes'), exact: true }).check();
    await waitForSaved(page, lang);
    await ppc.getByText(t(lang, 'reportLog.owed'), { exact: true }).waitFor();
    const steps = page.getByRole('navigation', { name: t(lang, 'wizard.steps'), exact: true });
    const link = steps.getByRole('link', { name: /^【2-13】/ });
    expect(await link.textContent()).toContain(t(lang, 'progress.openShort_one', { count: 1 }));
    const phases = page.getByRole('navigation', { name: t(lang, 'wizard.phases'), exact: true });
    expect(await phases.textContent()).not.toContain(t(lang, 'progress.allDone'));
    await shoot(page, `owed-${lang}-2-13`);
    await screenshot(page, `owed-${lang}-2-13-view`, '#item-reportLogMhlw');

    // 「報告を記録」 by keyboard; 受付番号 typed; the step is counted done only now.
    await ppc.getByRole('button', { name: t(lang, 'reportLog.addReport', { name: `\u2068${authority(lang, 'ppc')}\u2069` }), exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await ppc.getByRole('textbox', { name: t(lang, 'reportLog.field.receiptNo'), exact: true }).fill('PPC-2026-0042');
    await waitForSaved(page, lang);
    await itemFrame(page, 'reportLogMhlw').getByText(t(lang, 'item.status.done'), { exact: true }).waitFor();
    await expect.poll(() => link.textContent()).toContain('✓');
    await shoot(page, `report-log-${lang}-2-13`);
    await screenshot(page, `report-log-${lang}-2-13-view`, '#item-reportLogMhlw');
    const draft = page.getByRole('region', { name: t(lang, 'ppcDraft.heading'), exact: true });
    expect(await draft.getByRole('textbox', { name: t(lang, 'ppcDraft.item.summary'), exact: true }).inputValue()).toContain(lang === 'ja' ? '脅迫文' : 'ransom note');
    await screenshot(page, `ppc-draft-${lang}-2-13-view`, '.ppc-draft');

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
