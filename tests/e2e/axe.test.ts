/**
 * axe-core on every screen, in Japanese and in English: the list (empty and
 * with an incident), every step of the checklist, the inline forms (対象外,
 * 交代, the correction of title and detected-at, the completion question),
 * a completed incident, the record, the blank checklist, the transfer page,
 * settings and the not-found page. Any violation fails, named with the
 * elements it was found on.
 */
import { allSteps } from '@/checklist/lookup';
import { createIncident, goToStep, listHeading, openApp, startSuite, stepHeading, switchLanguage, t, type Lang, type Suite } from './harness';
import { axeViolations } from './axe';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});


describe.each(['ja', 'en'] as const)('axe-core (%s)', (lang: Lang) => {
  it('finds nothing on any screen', { timeout: 300_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const report: Record<string, string[]> = {};
    const check = async (screen: string) => {
      // Let pending renders, fonts and the list's lazy section settle.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.getByText(t(lang, 'common.loading'), { exact: true }).first().waitFor({ state: 'detached' });
      const found = await axeViolations(page);
      if (found.length > 0) report[screen] = found;
    };

    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    if (lang === 'en') await switchLanguage(page, 'en');
    await check('list, empty');

    const id = await createIncident(page, lang, { title: lang === 'ja' ? '電子カルテ端末でファイル暗号化' : 'Files encrypted on EHR terminals', recorder: lang === 'ja' ? '山田' : 'Yamada' });
    for (const { step } of allSteps) {
      if (step.code !== '1-1') await goToStep(page, lang, step.code);
      await check(`step ${step.code}`);
    }

    await goToStep(page, lang, '1-1');
    await page.getByRole('button', { name: t(lang, 'na.mark') }).first().click();
    await check('step 1-1, 対象外 form open');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: t(lang, 'recorder.change'), exact: true }).click();
    await check('交代 open');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: t(lang, 'incident.metaEdit'), exact: true }).click();
    await check('correction open');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: t(lang, 'incident.complete'), exact: true }).click();
    await check('completion question');
    await page.getByRole('button', { name: t(lang, 'completeConfirm.confirm'), exact: true }).click();
    await page.getByRole('button', { name: t(lang, 'incident.reopen'), exact: true }).waitFor();
    await check('completed incident');

    await page.goto(`${suite.server.origin}/#/incidents/${encodeURIComponent(id)}/record`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await check('record');

    for (const [hash, screen] of [
      ['#/blank', 'blank checklist'],
      ['#/transfer', 'transfer'],
      ['#/settings', 'settings'],
      ['#/nowhere', 'not found'],
      ['#/', 'list, one incident'],
    ] as const) {
      await page.goto(`${suite.server.origin}/${hash}`);
      await page.locator('main').first().waitFor();
      await check(screen);
    }
    expect(report).toEqual({});
    await stepHeading(page, '1-1').count(); // the page is still alive
    await context.close();
  });
});
