/**
 * Usable in a crisis (issue 11): a system administrator on a laptop, under
 * stress, in the middle of a ransomware incident.
 *
 *  1. 本文へ移動 goes to the step's content and stays on the step.
 *  2. The incident bar (save state with its time, time since detection,
 *     recorder) and the phases stay on screen on long steps, at 1366×768
 *     and 1280×720, in both languages, with 交代 open or not; nothing in
 *     the bar wraps or overlaps, and the title is readable in full.
 *  3. 完了にする with open items asks first, inline, and says where they are.
 *  4. The keyboard alone gets from the list to the first tick of 【1-1】 in
 *     at most 15 presses; the focus follows every step change; Escape
 *     closes 交代 and the title correction; the focus ring stands out.
 *  5. Text on a step screen is at least 16 px (badges 14 px), with a line
 *     height of at least 1.6 for running text.
 *
 * Screenshots of the bar go to screenshots/crisis-*.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  createIncident,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  storedIncidents,
  switchLanguage,
  t,
  waitForSaved,
  type Lang,
  type Suite,
} from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await suite?.close();
});

const TITLE: Record<Lang, string> = {
  ja: '電子カルテ端末でファイル暗号化、脅迫文が表示された（ランサムウェアの疑い、3階病棟）',
  en: 'Files encrypted on an EHR terminal and a ransom note shown (suspected ransomware, ward 3)',
};
const RECORDER: Record<Lang, string> = { ja: '情報システム課 山田', en: 'IT office, Yamada' };

/** A date-time as typed into the 検知日時 field (read as Japan time), `minutes` before now. */
function jstInputMinutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000 + 9 * 3_600_000).toISOString().slice(0, 16);
}

/** On the list page: an incident detected `minutesAgo` minutes ago; returns its id (the page is on 【1-1】). */
async function createDetectedAgo(page: Page, lang: Lang, minutesAgo: number): Promise<string> {
  await listHeading(page, lang).waitFor();
  await page.getByLabel(new RegExp(`^${t(lang, 'incident.detectedAt')}`)).fill(jstInputMinutesAgo(minutesAgo));
  return createIncident(page, lang, { title: TITLE[lang], recorder: RECORDER[lang] });
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether the element is inside the window and is what is drawn at its own centre (nothing covers it). */
async function onScreen(locator: Locator): Promise<{ inside: boolean; uncovered: boolean; box: Box | null }> {
  const box = await locator.boundingBox();
  const size = locator.page().viewportSize()!;
  if (!box) return { inside: false, uncovered: false, box };
  const inside = box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
  const uncovered = await locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (element === hit || element.contains(hit));
  });
  return { inside, uncovered, box };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      text: (a?.textContent ?? '').trim(),
      type: (a as HTMLInputElement | null)?.type ?? '',
      name: (a as HTMLInputElement | null)?.name ?? '',
      inMain: !!a?.closest('main'),
      isMain: a?.tagName === 'MAIN',
      label: a?.getAttribute('aria-labelledby') ? document.getElementById(a.getAttribute('aria-labelledby')!)?.textContent ?? '' : '',
    };
  });

const formatJstTime = (iso: string) =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
    Date.parse(iso),
  );

describe('usable in a crisis', () => {
  it('本文へ移動 goes to the step itself: the same step URL, the focus in <main>', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const id = await createIncident(page, 'ja', { title: TITLE.ja, recorder: RECORDER.ja });
    const url = stepUrl(suite.server.origin, id, '1-4');
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.reload({ waitUntil: 'domcontentloaded' }); // opened afresh, as after a restart
    await stepHeading(page, '1-4').waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t('ja', 'nav.skip'), exact: true });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await onScreen(skip)).inside).toBe(true); // visible when focused
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);

    expect(page.url()).toBe(url);
    expect(await page.getByText(t('ja', 'nav.notFound'), { exact: true }).count()).toBe(0);
    await stepHeading(page, '1-4').waitFor();
    const where = await focused(page);
    expect(where.inMain || where.isMain).toBe(true);

    // And on the list page, too.
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).hash).toBe('#/');
    await listHeading(page, 'ja').waitFor();
    expect((await focused(page)).isMain).toBe(true);
    await context.close();
  });

  it('keeps the incident bar, the save state and the current step on screen while typing at the bottom of 【1-4】', { timeout: 90_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const id = await createDetectedAgo(page, 'ja', 135);
    await page.goto(stepUrl(suite.server.origin, id, '1-4'), { waitUntil: 'domcontentloaded' });
    await stepHeading(page, '1-4').waitFor();

    const last = page.locator('main .step-inputs').getByRole('textbox').last();
    await last.focus();
    await page.keyboard.type('LANケーブルを抜いたことを確認した');
    await waitForSaved(page, 'ja');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000); // the step really scrolled

    const indicator = page.getByRole('status').filter({ hasText: t('ja', 'save.saved', { time: '' }).trim() });
    const currentStep = page.getByRole('navigation', { name: t('ja', 'wizard.steps'), exact: true }).locator('[aria-current="page"]');
    const currentPhase = page.getByRole('navigation', { name: t('ja', 'wizard.phases'), exact: true }).locator('[aria-current="step"]');
    for (const [what, locator] of [
      ['save state', indicator],
      ['current step 【1-4】 in the step list', currentStep],
      ['current phase', currentPhase],
      ['title', page.getByRole('heading', { level: 1 })],
      ['recorder', page.getByText(`${t('ja', 'recorder.label')}:`)],
      ['time since detection', page.getByText(/^検知から \d+時間\d+分$/)],
    ] as const) {
      const seen = await onScreen(locator.first());
      expect({ what, ...seen, box: undefined }).toEqual({ what, inside: true, uncovered: true, box: undefined });
    }
    expect(await currentStep.textContent()).toContain('【1-4】');
    expect(await page.getByText(/^検知から \d+時間\d+分$/).textContent()).toMatch(/^検知から 2時間1[4-6]分$/);

    // After a reload the bar says when the incident was last saved.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await stepHeading(page, '1-4').waitFor();
    const row = (await storedIncidents(page)).find((r) => r.id === id)!;
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(t('ja', 'save.saved', { time: formatJstTime(row.updatedAt as string) }));
    await context.close();
  });

  describe.each(['ja', 'en'] as const)('the bar at 1366×768 and 1280×720 (%s)', (lang) => {
    it('does not wrap or overlap, with 交代 open or closed, and shows the whole title', { timeout: 120_000 }, async () => {
      const context = await suite.newContext();
      const page = await context.newPage();
      await openApp(page, suite.server.origin);
      await listHeading(page, 'ja').waitFor();
      await switchLanguage(page, lang);
      const id = await createDetectedAgo(page, lang, 135);
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1280, height: 720 },
      ]) {
        await page.setViewportSize(size);
        for (const code of ['1-4', '2-14']) {
          await page.goto(stepUrl(suite.server.origin, id, code), { waitUntil: 'domcontentloaded' });
          await stepHeading(page, code).waitFor();
          for (const switching of [false, true]) {
            if (switching) await page.getByRole('button', { name: t(lang, 'recorder.change'), exact: true }).click();
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const layout = await page.evaluate(() => {
              const rows = [...document.querySelectorAll('.incident-bar .bar-row')];
              const boxes = rows.map((row) =>
                [...row.querySelectorAll('a, button, input, label, p, h1, .recorder > span, .badge, .elapsed')].map((el) => {
                  const r = el.getBoundingClientRect();
                  return { what: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`, left: r.left, right: r.right, top: r.top, bottom: r.bottom, el };
                }),
              );
              // Siblings in a row that overlap (not one inside the other).
              const overlaps: string[] = [];
              for (const row of boxes) {
                for (const a of row)
                  for (const b of row) {
                    if (a === b || a.el.contains(b.el) || b.el.contains(a.el)) continue;
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps.push(`${a.what} × ${b.what}`);
                  }
              }
              const controls = (row: Element) => [...row.querySelectorAll(':scope > a, :scope > button, .recorder button, .save-indicator')];
              // One line: every control of the row shares a band of height (none starts below another's bottom).
              const lines = rows.map((row) => {
                const r = controls(row).map((el) => el.getBoundingClientRect());
                return Math.max(...r.map((x) => x.top)) < Math.min(...r.map((x) => x.bottom)) ? 1 : 2;
              });
              const title = document.querySelector('.incident-bar h1')!;
              const label = document.querySelector('.recorder label > span, .recorder > span');
              const input = document.querySelector('.recorder input');
              const labelCovered =
                label && input ? label.getBoundingClientRect().right > input.getBoundingClientRect().left + 1 : false;
              const phases = [...document.querySelectorAll('.phase-stepper a')].map((a) => a.getBoundingClientRect().height);
              return {
                overlaps,
                lines,
                phasesOnOneLine: Math.max(...phases) <= 48,
                titleCut: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1,
                labelCovered,
                pageWidth: document.documentElement.scrollWidth,
                barRight: Math.max(...boxes.flat().map((b) => b.right)),
              };
            });
            const where = `${lang} ${size.width}×${size.height} 【${code}】 交代 ${switching ? 'open' : 'closed'}`;
            if (code === '1-4') {
              await page.screenshot({
                path: path.join(SCREENSHOT_DIR, `crisis-${lang}-${size.width}-${switching ? 'switch-open' : 'switch-closed'}.png`),
                caret: 'hide',
                animations: 'disabled',
              });
            }
            expect({ where, ...layout }).toEqual({
              where,
              overlaps: [],
              lines: [1, 1],
              phasesOnOneLine: true,
              titleCut: false,
              labelCovered: false,
              pageWidth: size.width,
              barRight: layout.barRight,
            });
            expect(layout.barRight, where).toBeLessThanOrEqual(size.width);
            // Scrolled to the bottom, the bar and the phases are still there.
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
            await page.waitForTimeout(100);
            for (const locator of [page.getByRole('status').first(), page.getByRole('navigation', { name: t(lang, 'wizard.phases'), exact: true })]) {
              const seen = await onScreen(locator);
              expect({ where, inside: seen.inside, uncovered: seen.uncovered }).toEqual({ where, inside: true, uncovered: true });
            }
            if (code === '2-14' && !switching) {
              await page.screenshot({
                path: path.join(SCREENSHOT_DIR, `crisis-${lang}-${size.width}-2-14-bottom.png`),
                caret: 'hide',
                animations: 'disabled',
              });
            }
            await page.evaluate(() => window.scrollTo(0, 0));
            if (switching) {
              await page.keyboard.press('Escape');
              await page.getByRole('button', { name: t(lang, 'recorder.change'), exact: true }).waitFor();
            }
          }
        }
      }
      await context.close();
    });
  });

  it('asks before completing with open items, inline; Escape is やめる', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const id = await createIncident(page, 'ja', { title: TITLE.ja, recorder: RECORDER.ja });
    const completeButton = page.getByRole('button', { name: t('ja', 'incident.complete'), exact: true });
    await completeButton.click();

    // Not completed: asked, with the open items per step as links.
    const question = page.getByText(/^まだ \d+ 項目が完了していません。このまま完了にしますか？$/);
    await question.waitFor();
    const asked = Number(/まだ (\d+) 項目/.exec((await question.textContent())!)![1]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'crisis-ja-1366-complete-confirm.png'), caret: 'hide', animations: 'disabled' });
    const links = page.getByRole('navigation', { name: t('ja', 'completeConfirm.openSteps'), exact: true }).getByRole('link');
    const perStep = (await links.allTextContents()).map((text) => Number(/残り(\d+)/.exec(text)![1]));
    expect(perStep.length).toBeGreaterThan(1);
    expect(perStep.reduce((a, b) => a + b, 0)).toBe(asked);
    const phaseCounts = (await page.getByRole('navigation', { name: t('ja', 'wizard.phases'), exact: true }).getByRole('link').allTextContents()).map(
      (text) => Number(/未完了 (\d+)/.exec(text)?.[1] ?? 0),
    );
    expect(phaseCounts.reduce((a, b) => a + b, 0)).toBe(asked);
    expect(await page.locator('dialog[open], [aria-modal="true"]').count()).toBe(0);
    expect((await storedIncidents(page)).find((r) => r.id === id)!.status).toBe('active');

    // Escape = やめる: closed, the focus back on 完了にする, still active.
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => completeButton.evaluate((element) => element === document.activeElement)).toBe(true);

    // やめる does the same.
    await completeButton.click();
    await page.getByRole('button', { name: t('ja', 'common.cancel'), exact: true }).click();
    await question.waitFor({ state: 'detached' });
    expect((await storedIncidents(page)).find((r) => r.id === id)!.status).toBe('active');

    // A step of the list goes there.
    await completeButton.click();
    await links.filter({ hasText: '【2-14】' }).click();
    await stepHeading(page, '2-14').waitFor();
    expect(await question.count()).toBe(0);

    // このまま完了にする completes.
    await completeButton.click();
    await page.getByRole('button', { name: t('ja', 'completeConfirm.confirm'), exact: true }).click();
    await page.getByRole('note').getByText(t('ja', 'incident.readOnly'), { exact: true }).waitFor();
    await expect.poll(async () => (await storedIncidents(page)).find((r) => r.id === id)!.status).toBe('completed');
    await context.close();
  });

  it('the keyboard alone: from the list to the first tick of 【1-1】 in at most 15 presses', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();

    // Counting rule: every key pressed (Tab, Enter, Space…) is one press; a text typed with
    // page.keyboard.type (the title, the recorder's name) counts as one press each.
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
      if (process.env.CRISIS_DEBUG) process.stdout.write(`${key} → ${JSON.stringify(await focused(page))}\n`);
    };
    const type = async (text: string) => {
      presses++;
      await page.keyboard.type(text);
    };

    await press('Tab'); // 本文へ移動
    expect((await focused(page)).text).toBe(t('ja', 'nav.skip'));
    await press('Enter'); // to <main>
    await press('Tab'); // 件名
    expect((await focused(page)).name).toBe('title');
    await type('ランサムウェアの疑い');
    // Through 検知日時 (now by default: each of its parts is a Tab stop) to 記録者.
    for (let i = 0; i < 10 && (await focused(page)).name !== 'recorder'; i++) await press('Tab');
    expect((await focused(page)).name).toBe('recorder');
    await type('山田');
    await press('Enter'); // 記録を開始
    await stepHeading(page, '1-1').waitFor();
    await expect.poll(async () => (await focused(page)).text).toMatch(/^【1-1】/); // the focus is on the new step's heading

    const firstBox = page.locator('main .step-inputs input[type="checkbox"]').first();
    for (let i = 0; i < 6 && !(await firstBox.evaluate((element) => element === document.activeElement)); i++) await press('Tab');
    expect(await firstBox.evaluate((element) => element === document.activeElement)).toBe(true);
    await press('Space'); // the first tick
    expect(await firstBox.isChecked()).toBe(true);
    process.stdout.write(`[e2e] keyboard only, list → first tick of 【1-1】: ${presses} presses\n`);
    expect(presses).toBeLessThanOrEqual(15);
    await context.close();
  });

  it('the focus follows every step change; Escape closes 交代 and the correction form, the focus back on their button', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await createIncident(page, 'ja', { title: TITLE.ja, recorder: RECORDER.ja });
    const headingFocused = async (code: string) => {
      await stepHeading(page, code).waitFor();
      await expect.poll(async () => (await focused(page)).tag + (await focused(page)).text).toMatch(new RegExp(`^h2【${code}】`));
    };
    await headingFocused('1-1');
    await page.getByRole('link', { name: new RegExp(`^${t('ja', 'wizard.next')}:`) }).click();
    await headingFocused('1-4');
    await page.getByRole('link', { name: new RegExp(`^← ${t('ja', 'wizard.prev')}:`) }).click();
    await headingFocused('1-1');
    await page.getByRole('navigation', { name: t('ja', 'wizard.steps'), exact: true }).getByRole('link', { name: /^【2-6】/ }).click();
    await headingFocused('2-6');
    await page.getByRole('navigation', { name: t('ja', 'wizard.phases'), exact: true }).getByRole('link').nth(2).click();
    await headingFocused('3-3');

    // 交代: Escape from the name or from 交代を終える closes it.
    const change = page.getByRole('button', { name: t('ja', 'recorder.change'), exact: true });
    for (const from of ['input', 'button'] as const) {
      await change.click();
      const done = page.getByRole('button', { name: t('ja', 'recorder.done'), exact: true });
      if (from === 'button') await done.focus();
      await page.keyboard.press('Escape');
      await done.waitFor({ state: 'detached' });
      await expect.poll(() => change.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    // 件名・検知日時を修正: the same.
    const metaEdit = page.getByRole('button', { name: t('ja', 'incident.metaEdit'), exact: true });
    for (const from of ['input', 'button'] as const) {
      await metaEdit.click();
      const done = page.getByRole('button', { name: t('ja', 'incident.metaDone'), exact: true });
      if (from === 'button') await done.focus();
      await page.keyboard.press('Escape');
      await done.waitFor({ state: 'detached' });
      await expect.poll(() => metaEdit.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    await context.close();
  });

  it('the focus ring is at least 3:1 against what is around it and under it (white cards, grey page, dark buttons)', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await createIncident(page, 'ja', { title: TITLE.ja, recorder: RECORDER.ja });
    const rings: Array<{ what: string; around: number; inner: number }> = [];
    // A white button on the white bar, the dark current step, a dark 次へ on the grey page, a checkbox on a white card.
    const targets: Array<[string, Locator]> = [
      ['完了にする', page.getByRole('button', { name: t('ja', 'incident.complete'), exact: true })],
      ['current step', page.getByRole('navigation', { name: t('ja', 'wizard.steps'), exact: true }).locator('[aria-current="page"]')],
      ['次へ', page.getByRole('link', { name: new RegExp(`^${t('ja', 'wizard.next')}:`) })],
      ['checkbox', page.locator('main .step-inputs input[type="checkbox"]').first()],
    ];
    for (const [what, locator] of targets) {
      await locator.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab'); // focused by the keyboard: :focus-visible
      rings.push({
        what,
        ...(await locator.evaluate((element) => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
          const lum = ([r, g, b]: number[]) => {
            const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
          };
          const contrast = (a: number[], b: number[]) => {
            const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
            return (x! + 0.05) / (y! + 0.05);
          };
          const background = (from: Element | null): number[] => {
            for (let e = from; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c;
            }
            return [255, 255, 255];
          };
          const style = getComputedStyle(element);
          const outline = rgb(style.outlineColor);
          const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          // The halo: a box-shadow ring between the element and the outline.
          const halo = /rgb/.test(style.boxShadow) ? rgb(style.boxShadow) : null;
          const own = getComputedStyle(element).backgroundColor;
          const under = rgb(own).length === 3 || rgb(own)[3]! > 0 ? rgb(own) : background(element.parentElement);
          const around = background(element.parentElement);
          // The ring against the page around it; and against the element: the ring itself, or the halo (itself apart from the ring).
          const inner = halo ? Math.min(Math.max(contrast(halo, under), contrast(outline, under)), contrast(halo, outline)) : contrast(outline, under);
          return { around: hasOutline ? contrast(outline, around) : 0, inner };
        })),
      });
    }
    for (const ring of rings) {
      expect({ what: ring.what, around: ring.around >= 3, inner: ring.inner >= 3 }).toEqual({ what: ring.what, around: true, inner: true });
    }
    await context.close();
  });

  it('text on a step screen is at least 16 px (badges 14 px), running Japanese text at a line height of at least 1.6', { timeout: 60_000 }, async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, suite.server.origin);
    const id = await createIncident(page, 'ja', { title: TITLE.ja, recorder: RECORDER.ja });
    for (const code of ['1-1', '1-4', '2-14', '4-5']) {
      await page.goto(stepUrl(suite.server.origin, id, code), { waitUntil: 'domcontentloaded' });
      await stepHeading(page, code).waitFor();
      const found = await page.evaluate(() => {
        const small: string[] = [];
        const tight: string[] = [];
        const sizes = new Set<number>();
        for (const el of document.querySelectorAll<HTMLElement>('.wizard *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!own || el.getClientRects().length === 0 || el.closest('.skip-link')) continue;
          const style = getComputedStyle(el);
          const size = parseFloat(style.fontSize);
          sizes.add(size);
          const badge = !!el.closest('.badge');
          const what = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 16)}" ${size}px`;
          if (size < (badge ? 14 : 16)) small.push(what);
          const heading = !!el.closest('h1, h2, h3');
          if (!heading && !badge && parseFloat(style.lineHeight) / size < 1.6) tight.push(`${what} / ${style.lineHeight}`);
        }
        return { small, tight, smallest: Math.min(...sizes), wide: document.documentElement.scrollWidth };
      });
      process.stdout.write(`[e2e] 【${code}】 smallest text ${found.smallest}px\n`);
      expect({ code, small: found.small, tight: found.tight, wide: found.wide }).toEqual({ code, small: [], tight: [], wide: 1280 });
    }
    await context.close();
  });
});
