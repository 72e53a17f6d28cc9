/**
 * Browser plumbing of the bench, on top of tests/e2e/harness.ts: Chromium
 * with a real on-disk profile (a temporary user-data folder, so IndexedDB and
 * the service worker's cache live on disk as they do on a laptop, not in the
 * memory of an incognito context), the in-page probes, and seeding.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, VIEWPORT, startServer, type StaticServer } from '../../e2e/harness';
import { CHROMIUM_PATH } from '../../e2e/paths';
import type { SeedResult } from '../seed/seed-page';
import { BENCH_BUILDS } from './builds';

/**
 * What the probes watch for: the moment (performance.now(), i.e. ms since
 * the navigation started) the first element matching each selector is in the
 * DOM. `control` is THE rule of "first interactive control" for both the app
 * and the hello app: the first enabled <button> inside <main>. On the app's
 * list page that is the create form's submit button (記録を開始).
 */
export const PROBES = {
  control: 'main button:not(:disabled)',
  card: '.incident-card',
} as const;
export type ProbeName = keyof typeof PROBES;

declare global {
  interface Window {
    __bench?: { marks: Partial<Record<string, number>> };
  }
}

/** Init script (runs before any page script, CSP does not apply): a MutationObserver noting when each selector first matches. */
export function installProbes(selectors: Record<string, string>): void {
  if (window.__bench) return;
  const marks: Partial<Record<string, number>> = {};
  window.__bench = { marks };
  const observer = new MutationObserver(() => check());
  const check = () => {
    let waiting = false;
    for (const name of Object.keys(selectors)) {
      if (marks[name] !== undefined) continue;
      if (document.querySelector(selectors[name]!)) marks[name] = performance.now();
      else waiting = true;
    }
    if (!waiting) observer.disconnect();
  };
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  check();
}

/**
 * Init script beside installProbes (added after it): notes when the element
 * matching `selector` first holds exactly `value` (an input's or textarea's
 * value is a property, not in the DOM tree): checked on every DOM mutation,
 * which lands in the same task as React's commit that fills the field, and
 * on every animation frame as a fallback, until seen.
 */
export function installValueProbe(spec: { name: string; selector: string; value: string }): void {
  const marks = window.__bench?.marks;
  if (!marks) return;
  const check = () => {
    if (marks[spec.name] !== undefined) return true;
    const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(spec.selector);
    if (el?.value !== spec.value) return false;
    marks[spec.name] = performance.now();
    observer.disconnect();
    return true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const frame = () => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Waits until the probe saw `name` on the current document; returns its time (ms since navigation start). */
export async function probe(page: Page, name: ProbeName | (string & {}), timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction((n) => window.__bench?.marks[n], name, { timeout, polling: 50 });
  return (await handle.jsonValue()) as number;
}

export interface Profile {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A Chromium of its own with a fresh on-disk profile and the probes installed. */
export async function openProfile(): Promise<Profile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
      viewport: VIEWPORT,
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      serviceWorkers: 'allow',
      acceptDownloads: true,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  await context.addInitScript(installProbes, PROBES as Record<string, string>);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** The app build on 127.0.0.1, with the seeding page at /__seed/ on the same origin. */
export function startAppServer(): Promise<StaticServer> {
  return startServer(BENCH_BUILDS.app.dir, 0, { mounts: { '/__seed/': BENCH_BUILDS.seed.dir } });
}

/**
 * Writes `count` generated incidents into the app's IndexedDB through the
 * seeding page. Call it before the app's service worker is installed in this
 * profile (its navigateFallback would answer /__seed/ with the app).
 */
export async function seed(page: Page, origin: string, count: number, batchSize = 250): Promise<SeedResult> {
  await page.goto(`${origin}/__seed/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.benchSeed === 'function');
  return page.evaluate(([n, b]) => window.benchSeed(n, b), [count, batchSize] as const);
}

/** navigator.storage.estimate() of the page's origin, in bytes. */
export function storageEstimate(page: Page): Promise<{ usage: number; indexedDB: number | null; caches: number | null; serviceWorker: number | null }> {
  return page.evaluate(async () => {
    const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: Record<string, number> };
    return {
      usage: e.usage ?? 0,
      indexedDB: e.usageDetails?.indexedDB ?? null,
      caches: e.usageDetails?.caches ?? null,
      serviceWorker: e.usageDetails?.serviceWorkerRegistrations ?? null,
    };
  });
}

export interface SeededApp {
  server: StaticServer;
  profile: Profile;
  page: Page;
  seeded: SeedResult;
  close(): Promise<void>;
}

/** A fresh profile whose IndexedDB holds `count` generated incidents, and a page on the seeding page. */
export async function seededApp(count: number, batchSize?: number): Promise<SeededApp> {
  const server = await startAppServer();
  let profile: Profile | undefined;
  try {
    profile = await openProfile();
    const page = await profile.context.newPage();
    const seeded = await seed(page, server.origin, count, batchSize);
    const p = profile;
    return {
      server,
      profile: p,
      page,
      seeded,
      async close() {
        await p.close();
        await server.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await profile?.close();
    await server.close().catch(() => undefined);
    throw error;
  }
}
