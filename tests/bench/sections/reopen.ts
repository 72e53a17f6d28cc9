/**
 * 2. Offline reopen: the app and the bare hello app (tests/bench/hello-app),
 * each installed by a first online visit, then with both servers stopped and
 * the browser offline, reloaded in turn (app, hello, hello, app, …) so drift
 * of a noisy machine hits both alike. Each load's figure is taken inside the
 * page: navigation start → the first enabled <button> inside <main> is in
 * the DOM (PROBES.control). DOMContentLoaded is kept for information.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, waitForServiceWorkerControl } from '../../e2e/harness';
import { BENCH_BUILDS } from '../lib/builds';
import { openProfile, probe, type ProbeName } from '../lib/browser';
import type { Report } from '../lib/report';
import { median, round, summary } from '../lib/stats';

const SECTION = '2 offline reopen';
export const REOPEN_RATIO_GOAL = 1.3;

export type Load = { control: number; dcl: number; controlled: boolean };

/** Reloads `page` (brought to the front) and returns when the probe `name` fired, with DOMContentLoaded beside it. */
export async function reload(page: Page, name: ProbeName | (string & {}) = 'control'): Promise<Load> {
  await page.bringToFront();
  await page.reload({ waitUntil: 'load' });
  const control = await probe(page, name, 30_000);
  const { dcl, controlled } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { dcl: nav?.domContentLoadedEventEnd ?? Number.NaN, controlled: navigator.serviceWorker.controller !== null };
  });
  if (!controlled) throw new Error(`${page.url()} reloaded without a service worker in control`);
  return { control, dcl, controlled };
}

/** Installs the hello app (one online visit, its service worker in control) in `context`. */
export async function installHello(context: BrowserContext, origin: string): Promise<Page> {
  const hello = await context.newPage();
  await hello.goto(`${origin}/`, { waitUntil: 'load' });
  await probe(hello, 'control');
  await waitForServiceWorkerControl(hello);
  return hello;
}

/**
 * Loads the app and the hello app in turn (app, hello, hello, app, …) so
 * drift of a noisy machine hits both alike, after `warmups` loads of each.
 */
export async function alternate<T>(
  loads: number,
  app: () => Promise<T>,
  hello: () => Promise<T>,
  warmups = 2,
): Promise<{ app: T[]; hello: T[] }> {
  for (let i = 0; i < warmups; i++) {
    await app(); // warm-up, not counted
    await hello();
  }
  const out = { app: [] as T[], hello: [] as T[] };
  for (let i = 0; i < loads; i++) {
    if (i % 2 === 0) {
      out.app.push(await app());
      out.hello.push(await hello());
    } else {
      out.hello.push(await hello());
      out.app.push(await app());
    }
  }
  return out;
}

export async function reopen(report: Report, loads = Number(process.env.BENCH_REOPEN_LOADS ?? 31)): Promise<void> {
  const appServer = await startServer(BENCH_BUILDS.app.dir);
  const helloServer = await startServer(BENCH_BUILDS.hello.dir);
  const profile = await openProfile();
  try {
    const { context } = profile;
    const app = await context.newPage();
    await app.goto(`${appServer.origin}/#/`, { waitUntil: 'load' });
    await probe(app, 'control');
    await waitForServiceWorkerControl(app);
    const hello = await installHello(context, helloServer.origin);

    // The network is gone: nothing answers on either port, and the browser is offline.
    await appServer.stop();
    await helloServer.stop();
    await context.setOffline(true);

    const { app: appLoads, hello: helloLoads } = await alternate(
      loads,
      () => reload(app),
      () => reload(hello),
    );
    const appMs = appLoads.map((l) => l.control);
    const helloMs = helloLoads.map((l) => l.control);
    const ratios = appMs.map((ms, i) => ms / helloMs[i]!);
    const a = median(appMs);
    const h = median(helloMs);
    report.add({ section: SECTION, name: `app: reload → first control (median of ${loads})`, value: round(a), unit: 'ms' });
    report.add({ section: SECTION, name: `hello: reload → first control (median of ${loads})`, value: round(h), unit: 'ms' });
    // The goal is on the ratio of the two medians: load-to-load noise here is mostly independent,
    // so it is steadier than the median of per-pair ratios (kept beside it).
    report.add({
      section: SECTION,
      name: 'ratio app / hello (of the medians)',
      value: round(a / h, 2),
      unit: 'x',
      goal: REOPEN_RATIO_GOAL,
      note: `median of per-pair ratios ${round(median(ratios), 2)}`,
    });
    report.add({
      section: SECTION,
      name: 'DOMContentLoaded app / hello (median)',
      value: round(median(appLoads.map((l) => l.dcl))),
      unit: 'ms',
      display: `${round(median(appLoads.map((l) => l.dcl)))} / ${round(median(helloLoads.map((l) => l.dcl)))} ms`,
    });
    report.details.reopen = {
      rule: 'navigation start → first `main button:not(:disabled)` in the DOM (MutationObserver from an init script)',
      app: { ...summary(appMs), loads: appLoads },
      hello: { ...summary(helloMs), loads: helloLoads },
      ratios: ratios.map((r) => round(r, 3)),
    };
  } finally {
    await profile.close();
    await appServer.close().catch(() => undefined);
    await helloServer.close().catch(() => undefined);
  }
}
