/**
 * Issue 12 in the real browser, in Japanese and English: a ransomware
 * incident answered as such in 【2-10】 shows 「報告が必要です」 with its reasons,
 * both deadlines in the incident bar on every step, and the verdict and the
 * deadlines on the record page and in the app's PDF (read back with
 * pdftotext). Screenshots of 【2-10】's panel and of the bar go to screenshots/.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import enLegal from '../../src/i18n/locales/en/legal.json';
import jaLegal from '../../src/i18n/locales/ja/legal.json';
import jaChecklist from '../../src/i18n/locales/ja/checklist.json';
import { SCREENSHOT_DIR, createIncident, goToStep, itemFrame, openApp, screenshot, startSuite, t, waitForStored, type Lang, type Suite } from './harness';

const run = promisify(execFile);
const legal = { ja: jaLegal, en: enLegal };
const option = (lang: Lang, itemId: string, value: string) => t(lang, `checklist.items.${itemId}.options.${value}`);
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

let suite: Suite;
let context: BrowserContext;
let tmp: string;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  tmp = await mkdtemp(path.join(tmpdir(), 'e2e-legal-'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  try {
    await suite?.close();
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
});

/** The Japan date `days` after today (today = day 1 of the count: +4 is the 速報's day 5). */
function jstDay(days: number): Date {
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
}
const short = (lang: Lang, d: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { month: lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
const long = (lang: Lang, d: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(d);

/** 「速報まであと4日」「確報期限 …（あと59日）」: ransomware is 不正の目的, so 60 days. */
function barTexts(lang: Lang): string[] {
  const kakuho = short(lang, jstDay(59));
  return lang === 'ja' ? ['速報まであと4日', `確報期限 ${kakuho}（あと59日）`] : ['Preliminary report: 4 days left', `Final report due ${kakuho} (59 days left)`];
}

async function pick(page: Page, lang: Lang, incidentId: string, itemId: string, value: string) {
  await itemFrame(page, itemId).getByRole('radio', { name: option(lang, itemId, value), exact: true }).check();
  await waitForStored(page, incidentId, itemId, value);
}

const bar = (page: Page, lang: Lang) => page.getByLabel(t(lang, 'deadline.label'), { exact: true });

for (const lang of ['ja', 'en'] as const) {
  describe(`in ${lang}`, () => {
    it('shows 報告が必要です with its reasons, the deadlines on every step, in the record and in the PDF', { timeout: 240_000 }, async () => {
      const page = await context.newPage();
      await openApp(page, suite.server.origin);
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      const title = lang === 'ja' ? '電子カルテ停止（ランサムウェア）' : 'EHR down (ransomware)';
      const incidentId = await createIncident(page, lang, { title, recorder: '山田' });
      await goToStep(page, lang, '2-10');
      await pick(page, lang, incidentId, 'legalRansomware', 'yes');
      await pick(page, lang, incidentId, 'legalEvent', 'possibly');
      await pick(page, lang, incidentId, 'legalSensitive', 'yes');
      await pick(page, lang, incidentId, 'legalContractor', 'no');

      const panel = page.getByRole('region', { name: legal[lang].panel.heading, exact: true });
      await panel.getByRole('status').filter({ hasText: legal[lang].verdict.required }).waitFor();
      for (const reason of [legal[lang].reasons.eventPossible, legal[lang].reasons.criteriaMet, legal[lang].reasons.required]) {
        await panel.getByText(reason, { exact: true }).waitFor();
      }
      await screenshot(page, `legal-2-10-panel-${lang}`, '.legal-panel');
      await screenshot(page, `legal-2-10-questions-${lang}`, '[id="item-legalEvent"]');

      for (const code of Object.keys(jaChecklist.steps)) {
        await goToStep(page, lang, code);
        const text = squash(await bar(page, lang).innerText());
        for (const expected of barTexts(lang)) expect(text, `【${code}】`).toContain(squash(expected));
      }

      await page.goto(`${suite.server.origin}/#/incidents/${encodeURIComponent(incidentId)}/record`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      const recordText = squash(await page.locator('main').innerText());
      const dates = [long(lang, jstDay(4)), long(lang, jstDay(59)), long(lang, jstDay(29))];
      for (const expected of [legal[lang].verdict.required, legal[lang].reasons.criteriaMet, ...dates]) expect(recordText).toContain(squash(expected));

      const file = path.join(tmp, `legal-${lang}.pdf`);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: t(lang, 'record.pdf'), exact: true }).click(),
      ]);
      await download.saveAs(file);
      const { stdout } = await run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
      const pdf = squash(stdout);
      for (const expected of [legal[lang].verdict.required, ...dates]) expect(pdf, 'PDF text').toContain(squash(expected));
      await page.close();
    });
  });
}
