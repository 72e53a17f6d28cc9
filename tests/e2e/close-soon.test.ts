/**
 * Typing and closing the window right away (the PC is about to be shut
 * down, or the tab is closed by habit): the text must be there next time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  createIncident,
  expectValue,
  listHeading,
  naReasonBox,
  openApp,
  startSuite,
  stepUrl,
  t,
  textItem,
  waitForSaved,
  type Suite,
} from './harness';

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

/**
 * Closes the page the way a user does (beforeunload, pagehide and unload
 * run) and waits until it is gone. Should the app ask 「このサイトを離れますか？」
 * because a save is pending, the user stays, waits for 保存済み and closes again.
 */
async function closeLikeAUser(page: Page) {
  let warned = false;
  page.on('dialog', (dialog) => {
    warned = true;
    void dialog.dismiss();
  });
  const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed() || warned, { timeout: 15_000 }).toBe(true);
  if (!page.isClosed()) {
    await waitForSaved(page, lang);
    await page.close();
  }
  await closed;
}

async function newIncidentPage(title: string): Promise<{ page: Page; id: string }> {
  const page = await context.newPage();
  await openApp(page, suite.server.origin);
  await listHeading(page, lang).waitFor();
  const id = await createIncident(page, lang, { title, recorder: '記録 三郎' });
  return { page, id };
}

async function reopened(id: string, itemId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
  await textItem(page, lang, itemId).waitFor();
  return page;
}

describe('closing the window soon after typing', () => {
  it('keeps text typed 500 ms before the window was closed', { timeout: 90_000 }, async () => {
    const { page, id } = await newIncidentPage('閉じる前の入力');
    const text = '閉じる直前に入力した発生事象';
    const field = textItem(page, lang, 'incidentDescription');
    await field.click();
    await field.pressSequentially(text, { delay: 0 });
    await page.waitForTimeout(500); // the scenario itself: half a second, then the window is closed
    await closeLikeAUser(page);

    const again = await reopened(id, 'incidentDescription');
    await expectValue(textItem(again, lang, 'incidentDescription'), text);
    await again.close();
  });

  it('keeps text typed just before the window was closed (the pagehide flush)', { timeout: 90_000 }, async () => {
    const { page, id } = await newIncidentPage('すぐ閉じる');
    const text = '入力してすぐ閉じた';
    const field = textItem(page, lang, 'incidentDescription');
    await field.click();
    await field.pressSequentially(text, { delay: 0 });
    // No wait: the last keystrokes are still being written when the window closes; the pagehide journal must keep them.
    await closeLikeAUser(page);

    const again = await reopened(id, 'incidentDescription');
    await expectValue(textItem(again, lang, 'incidentDescription'), text);
    await again.close();
  });

  it('keeps a 対象外 reason typed (not confirmed) 100 ms before the window was closed', { timeout: 90_000 }, async () => {
    const { page, id } = await newIncidentPage('対象外の理由を入力して閉じる');
    const frame = page.locator('[id="item-networks"]');
    await frame.getByRole('button', { name: t(lang, 'na.mark'), exact: true }).click();
    const reason = naReasonBox(page, lang, 'networks');
    await reason.pressSequentially('紙カルテで運用中のため', { delay: 0 });
    await page.waitForTimeout(100);
    await closeLikeAUser(page);

    const again = await reopened(id, 'incidentDescription');
    await expectValue(naReasonBox(again, lang, 'networks'), '紙カルテで運用中のため');
    await again.close();
  });
});
