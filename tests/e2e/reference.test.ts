/**
 * The manual's reference pages (参考): from step 【2-10】 its link opens the
 * 個人情報保護法 page with the network cut (the service worker keeps the
 * page's code and words), and the 参考 page passes axe-core in Japanese
 * and English. Screenshots of both go to screenshots/.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jaReference from '@/i18n/locales/ja/reference.json';
import enReference from '@/i18n/locales/en/reference.json';
import { manualPhrases } from '../reference/manual-phrases';
import { createIncident, goToStep, listHeading, openApp, screenshot, startSuite, switchLanguage, waitForServiceWorkerControl, type Lang, type Suite } from './harness';
import { axeViolations } from './axe';

let suite: Suite;
const words = { ja: jaReference, en: enReference };

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});


describe('the reference pages', () => {
  it('open from 【2-10】 at the 個人情報保護法 page, offline', { timeout: 120_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    await waitForServiceWorkerControl(page);
    await createIncident(page, 'ja', { title: '患者情報の漏えいの疑い', recorder: '山田' });

    // The network is cut before the reference pages were ever opened.
    await suite.server.stop();
    await context.setOffline(true);
    await goToStep(page, 'ja', '2-10');
    const link = page.getByRole('link', { name: '参考：個人情報保護法の報告義務', exact: true });
    await link.waitFor();
    await screenshot(page, 'ja-step-2-10');
    await screenshot(page, 'ja-step-2-10-references', '.step-references', 'center');
    await link.click();
    const heading = page.locator('#reference-ppcDuty-title');
    await heading.waitFor();
    expect(page.url()).toMatch(/#\/reference\/ppcDuty$/);
    // It has the focus, and it is in view.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reference-ppcDuty-title');
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 768).toBe(true);
    const text = await page.locator('main').innerText();
    const absent = manualPhrases.flatMap((group) => group.texts.filter((s) => !text.includes(s)));
    expect(absent).toEqual([]);
    await screenshot(page, 'ja-reference-ppc');
    await suite.server.start();
    await context.close();
  });

  it.each(['ja', 'en'] as const)('pass axe-core (%s)', { timeout: 120_000 }, async (lang: Lang) => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    if (lang === 'en') await switchLanguage(page, 'en');
    await page.getByRole('link', { name: lang === 'ja' ? '参考' : 'Reference', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: words[lang].heading, exact: true }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${lang}-reference`);
    await screenshot(page, `${lang}-reference-roles`, '#reference-roles');
    await screenshot(page, `${lang}-reference-agencies`, '#reference-agencies');
    // The blank checklist carries them as its appendix.
    await openApp(page, suite.server.origin, '#/blank');
    await page.getByRole('heading', { level: 2, name: words[lang].appendix, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (lang === 'ja') {
      // Printed (the print stylesheet, as Chromium prints it), the appendix follows the checklist.
      const tmp = await mkdtemp(path.join(tmpdir(), 'e2e-reference-'));
      try {
        const file = path.join(tmp, 'blank.pdf');
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        const { stdout } = await promisify(execFile)('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
        const squash = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
        const printed = squash(stdout);
        const absent = manualPhrases.flatMap((group) => group.texts.filter((s) => !printed.includes(squash(s))));
        expect(absent).toEqual([]);
        expect(printed.indexOf(squash(words.ja.appendix))).toBeGreaterThan(printed.indexOf('【4-6】'));
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    }
    await context.close();
  });
});
