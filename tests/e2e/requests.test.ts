/**
 * Nothing leaves the device: while the app is used end to end (install,
 * every step, settings, both languages, reloads), every request the pages
 * and the service worker make goes to the app's own origin, and the served
 * page carries its Content-Security-Policy and runs under it without
 * violations.
 */
import { get } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import {
  createIncident,
  describeRequests,
  fillItem,
  listHeading,
  openApp,
  startSuite,
  stepHeading,
  t,
  waitForServiceWorkerControl,
  waitForStored,
  type Suite,
} from './harness';

let suite: Suite;
let context: BrowserContext;
let page: Page;

function fetchText(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  // Any Content-Security-Policy violation the page reports.
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  page = await context.newPage();
});

afterAll(async () => {
  await suite?.close();
});

describe('requests', () => {
  it('serves index.html with a Content-Security-Policy meta tag that allows only its own origin', async () => {
    const { status, body } = await fetchText(`${suite.server.origin}/`);
    expect(status).toBe(200);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(body);
    expect(meta, 'index.html has no <meta http-equiv="Content-Security-Policy">').not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:\/\/|\*/);
  });

  it('sends no request to any other origin while the app is used end to end', { timeout: 180_000 }, async () => {
    const origin = suite.server.origin;
    await openApp(page, origin);
    await listHeading(page, 'ja').waitFor();
    await waitForServiceWorkerControl(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");

    const id = await createIncident(page, 'ja', { title: '通信の確認', recorder: '記録 太郎' });
    await fillItem(page, 'ja', 'incidentDescription', '外部への通信がないことを確かめる');
    await waitForStored(page, id, 'incidentDescription', '外部への通信がないことを確かめる');

    // Walk every step with 次へ.
    let steps = 1;
    for (;;) {
      const next = page.getByRole('link', { name: new RegExp(`^${t('ja', 'wizard.next')}: 【`) });
      if ((await next.count()) === 0) break;
      const name = (await next.textContent()) ?? '';
      const code = /【([^】]+)】/.exec(name)![1]!;
      await next.click();
      await stepHeading(page, code).waitFor();
      steps += 1;
    }
    expect(steps).toBe(16);

    // Settings, both languages, reloads online and offline.
    await page.getByRole('link', { name: t('ja', 'nav.settings'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t('ja', 'settings.heading'), exact: true }).waitFor();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t('en', 'settings.heading'), exact: true }).waitFor();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 2, name: t('en', 'settings.heading'), exact: true }).waitFor();
    await page.getByRole('button', { name: '日本語', exact: true }).click();
    await page.getByRole('link', { name: t('ja', 'app.title'), exact: true }).click();
    await listHeading(page, 'ja').waitFor();
    await context.setOffline(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await listHeading(page, 'ja').waitFor();
    await page.getByRole('link', { name: '通信の確認', exact: true }).waitFor();
    await context.setOffline(false);

    // The recorder saw the page and the service worker (so the check below is not vacuous).
    const all = suite.requests.entries;
    expect(all.some((r) => r.resourceType === 'document' && r.url.startsWith(origin))).toBe(true);
    expect(all.some((r) => r.from.startsWith('service worker')), 'no service-worker request recorded').toBe(true);

    const foreign = suite.requests.foreign(origin);
    expect(foreign, `requests left ${origin}:\n${describeRequests(foreign)}`).toEqual([]);
  });

  it('runs under its Content-Security-Policy without a single violation', { timeout: 90_000 }, async () => {
    // A violation is a console error on every load, and would hide a real one.
    const fresh = await context.newPage();
    const violations = () => fresh.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const seen: string[] = [];
    await openApp(fresh, suite.server.origin);
    await listHeading(fresh, 'ja').waitFor();
    await fresh.getByRole('link', { name: '通信の確認', exact: true }).click();
    await stepHeading(fresh, '1-1').waitFor();
    await fillItem(fresh, 'ja', 'affectedDevice', '受付PC-03');
    await fresh.getByRole('link', { name: t('ja', 'nav.settings'), exact: true }).click();
    await fresh.getByRole('heading', { level: 2, name: t('ja', 'settings.heading'), exact: true }).waitFor();
    seen.push(...(await violations()));
    await fresh.close();
    expect(seen, 'Content-Security-Policy violations (securitypolicyviolation events)').toEqual([]);
  });
});
