/**
 * The network is cut (ransomware): after one visit the app must open, take
 * a new incident and keep every answer with no server at all.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  createIncident,
  expectValue,
  fillItem,
  goToStep,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  stepUrl,
  textItem,
  waitForServiceWorkerControl,
  waitForStored,
  type Suite,
} from './harness';

const lang = 'ja';
const answers = [
  { code: '1-1', itemId: 'incidentDescription', text: '電子カルテ端末の画面に脅迫文が表示され、ファイルが開けない' },
  { code: '2-10', itemId: 'careImpact', text: '外来の電子カルテが停止。紙カルテで診療を継続' },
  { code: '3-3', itemId: 'recoveryActions', text: 'オフラインバックアップからサーバを復元した' },
  { code: '4-5', itemId: 'preventionMeasures', text: 'VPN機器の脆弱性対応を保守契約に含める' },
];

let suite: Suite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await suite?.close();
});

describe('offline', () => {
  it('opens, records and keeps answers with the server gone and the network cut', { timeout: 120_000 }, async () => {
    // First visit, online: the service worker installs and takes control.
    await openApp(page, suite.server.origin);
    await listHeading(page, lang).waitFor();
    const scriptUrl = await waitForServiceWorkerControl(page);
    expect(scriptUrl).toBe(`${suite.server.origin}/sw.js`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The network is cut.
    await suite.server.stop();
    await context.setOffline(true);
    const hitsWhileOffline = suite.server.hits.length;

    // Reload: the app is served by the service worker.
    const response = await page.reload({ waitUntil: 'domcontentloaded' });
    expect(response?.fromServiceWorker(), 'the reloaded page should come from the service worker').toBe(true);
    await listHeading(page, lang).waitFor();

    // Really offline: anything not precached fails.
    const probe = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}`).then(
        (r) => `answered ${r.status}`,
        (e: Error) => `failed: ${e.message}`,
      ),
    );
    expect(probe).toMatch(/^failed/);

    // A new incident and one free-text answer in each of the four phases.
    const id = await createIncident(page, lang, { title: 'オフラインで記録したインシデント', recorder: '情報システム 佐藤' });
    for (const a of answers) {
      if (a.code !== '1-1') await goToStep(page, lang, a.code);
      await fillItem(page, lang, a.itemId, a.text);
      await waitForStored(page, id, a.itemId, a.text);
    }

    // Reload, still offline: every value is on screen.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await stepHeading(page, '4-5').waitFor();
    for (const a of [...answers].reverse()) {
      if (a.code !== '4-5') await goToStep(page, lang, a.code);
      await expectValue(textItem(page, lang, a.itemId), a.text);
    }

    // Opening the app anew (a second window, as from the start menu) works offline too.
    const second = await context.newPage();
    await second.goto(stepUrl(suite.server.origin, id, '2-10'), { waitUntil: 'domcontentloaded' });
    await expectValue(textItem(second, lang, 'careImpact'), answers[1]!.text);
    await second.close();

    expect(suite.server.running).toBe(false);
    expect(suite.server.hits.length).toBe(hitsWhileOffline);
  });
});
