/**
 * Two windows on the same step of the same incident (two people at one PC,
 * or one person who opened it twice): what one types appears in the other,
 * and nothing typed is ever overwritten by a stale value.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  createIncident,
  expectValue,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  textItem,
  waitForStored,
  type Suite,
} from './harness';

const lang = 'ja';
let suite: Suite;
let context: BrowserContext;
let a: Page;
let b: Page;
let id: string;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  a = await context.newPage();
  await openApp(a, suite.server.origin);
  await listHeading(a, lang).waitFor();
  id = await createIncident(a, lang, { title: '二つの窓', recorder: '記録 一郎' });
  b = await context.newPage();
  await b.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
  await stepHeading(b, '1-1').waitFor();
});

afterAll(async () => {
  await suite?.close();
});

describe('two windows on one step', () => {
  it("shows each window's typing in the other, without reload, and never loses the earlier value", { timeout: 120_000 }, async () => {
    const fromA = 'A：電子カルテ端末の画面に脅迫文';
    await textItem(a, lang, 'incidentDescription').fill(fromA);
    await expectValue(textItem(b, lang, 'incidentDescription'), fromA, 10_000);

    const fromB = 'B：受付PC-03';
    await textItem(b, lang, 'affectedDevice').fill(fromB);
    await expectValue(textItem(a, lang, 'affectedDevice'), fromB, 10_000);
    expect(await textItem(a, lang, 'incidentDescription').inputValue()).toBe(fromA);
    expect(await textItem(b, lang, 'incidentDescription').inputValue()).toBe(fromA);

    await waitForStored(a, id, 'incidentDescription', fromA);
    await waitForStored(a, id, 'affectedDevice', fromB);
  });

  it('keeps both when the two windows type different items at the same moment', { timeout: 120_000 }, async () => {
    const inA = 'A：同時に入力した発生事象';
    const inB = 'B：同時に入力した発見者';
    // No wait between them: both writes are pending at once.
    await Promise.all([textItem(a, lang, 'incidentDescription').fill(inA), textItem(b, lang, 'detectedBy').fill(inB)]);
    await expectValue(textItem(a, lang, 'detectedBy'), inB, 10_000);
    await expectValue(textItem(b, lang, 'incidentDescription'), inA, 10_000);
    expect(await textItem(a, lang, 'incidentDescription').inputValue()).toBe(inA);
    expect(await textItem(b, lang, 'detectedBy').inputValue()).toBe(inB);

    // And after both windows reload, it is all still there.
    await waitForStored(a, id, 'incidentDescription', inA);
    await waitForStored(a, id, 'detectedBy', inB);
    for (const page of [a, b]) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      await expectValue(textItem(page, lang, 'incidentDescription'), inA);
      await expectValue(textItem(page, lang, 'detectedBy'), inB);
      await expectValue(textItem(page, lang, 'affectedDevice'), 'B：受付PC-03');
    }
  });

  it('does not put back an older value while the user keeps typing in the same item', { timeout: 120_000 }, async () => {
    // A types in bursts (each burst is saved); B watches. A's field must never jump back.
    const field = textItem(a, lang, 'incidentDescription');
    await field.fill('');
    await field.click();
    let expected = '';
    // Keystroke gaps around the autosave delay, so that saves land in the middle of typing.
    for (const [part, delay] of [['暗号化', 40], ['された', 320], ['ファイル', 150], ['を確認', 290]] as const) {
      await field.pressSequentially(part, { delay });
      expected += part;
      expect(await field.inputValue()).toBe(expected);
    }
    await expectValue(textItem(b, lang, 'incidentDescription'), expected, 10_000);
    await waitForStored(a, id, 'incidentDescription', expected);
    expect(await field.inputValue()).toBe(expected);
  });
});
