/**
 * Screenshots for people to look at (layout, Japanese glyphs): the list,
 * the settings page and one step of each phase with some values, in
 * Japanese and in English, at 1366×768. Written to screenshots/ at the
 * repository root; the test only checks that the files were written.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  createIncident,
  fillItem,
  goToStep,
  itemLabel,
  listHeading,
  openApp,
  optionLabel,
  startSuite,
  t,
  waitForSaved,
  waitForStored,
  type Lang,
  type Suite,
} from './harness';

const values: Record<Lang, { title: string; recorder: string; description: string; careImpact: string; recovery: string; prevention: string }> = {
  ja: {
    title: '電子カルテが閲覧できない（ランサムウェアの疑い）',
    recorder: '情報システム課 山田',
    description: '電子カルテ端末に脅迫文が表示され、ファイルが開けない',
    careImpact: '外来は紙カルテで継続。検査部門の受付を停止',
    recovery: 'オフラインバックアップから電子カルテサーバを復元した',
    prevention: 'VPN機器の脆弱性対応を保守契約に含める',
  },
  en: {
    title: 'EHR cannot be opened (suspected ransomware)',
    recorder: 'IT office, Yamada',
    description: 'A ransom note is shown on an EHR terminal and files cannot be opened',
    careImpact: 'Outpatients continue on paper charts; the lab reception is closed',
    recovery: 'Restored the EHR server from the offline backup',
    prevention: 'Include VPN appliance vulnerability handling in the maintenance contract',
  },
};

let suite: Suite;
const written: string[] = [];

beforeAll(async () => {
  suite = await startSuite();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await suite?.close();
  if (written.length > 0) process.stdout.write(`[e2e] ${written.length} screenshots in ${SCREENSHOT_DIR}\n`);
});

async function shoot(page: Page, name: string) {
  // Let fonts and the last render settle; no caret in the picture.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, caret: 'hide', animations: 'disabled' });
  written.push(file);
}

describe.each(['ja', 'en'] as const)('screenshots (%s)', (lang) => {
  it('writes the list, settings and one step of each phase', { timeout: 150_000 }, async () => {
    const v = values[lang];
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await listHeading(page, 'en').waitFor();
    }

    const id = await createIncident(page, lang, { title: v.title, recorder: v.recorder });
    await page
      .getByRole('group', { name: itemLabel(lang, 'incidentCases'), exact: true })
      .getByRole('checkbox', { name: optionLabel(lang, 'incidentCases', 'encrypted'), exact: true })
      .check();
    await fillItem(page, lang, 'incidentDescription', v.description);
    await waitForStored(page, id, 'incidentDescription', v.description);
    await waitForSaved(page, lang);
    await shoot(page, `${lang}-step-1-1`);

    await goToStep(page, lang, '2-10');
    await page
      .getByRole('radiogroup', { name: itemLabel(lang, 'leakPossible'), exact: true })
      .getByRole('radio', { name: t(lang, 'triState.unknown'), exact: true })
      .check();
    await fillItem(page, lang, 'careImpact', v.careImpact);
    await waitForStored(page, id, 'careImpact', v.careImpact);
    await shoot(page, `${lang}-step-2-10`);

    await goToStep(page, lang, '3-3');
    await fillItem(page, lang, 'recoveryActions', v.recovery);
    await waitForStored(page, id, 'recoveryActions', v.recovery);
    await shoot(page, `${lang}-step-3-3`);

    await goToStep(page, lang, '4-5');
    await fillItem(page, lang, 'preventionMeasures', v.prevention);
    await waitForStored(page, id, 'preventionMeasures', v.prevention);
    await shoot(page, `${lang}-step-4-5`);

    await page.getByRole('link', { name: t(lang, 'nav.backToList') }).click();
    await listHeading(page, lang).waitFor();
    await page.getByRole('link', { name: v.title, exact: true }).waitFor();
    await shoot(page, `${lang}-list`);

    await page.getByRole('link', { name: t(lang, 'nav.settings'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t(lang, 'settings.heading'), exact: true }).waitFor();
    await page.getByText(t(lang, 'common.loading'), { exact: true }).first().waitFor({ state: 'detached' });
    await shoot(page, `${lang}-settings`);

    for (const name of ['list', 'settings', 'step-1-1', 'step-2-10', 'step-3-3', 'step-4-5']) {
      const info = await stat(path.join(SCREENSHOT_DIR, `${lang}-${name}.png`));
      expect(info.size, `${lang}-${name}.png is empty`).toBeGreaterThan(1000);
    }
    await context.close();
  });
});
