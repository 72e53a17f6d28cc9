/**
 * The browser-test harness: a tiny static server for one build folder, a
 * Chromium launcher with the flags this machine needs, a recorder of every
 * request the browser makes, and helpers that drive the app the way a user
 * does (by visible labels, taken from the app's own locale files).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import enChecklist from '../../src/i18n/locales/en/checklist.json';
import enPhases from '../../src/i18n/locales/en/phases.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import jaChecklist from '../../src/i18n/locales/ja/checklist.json';
import jaPhases from '../../src/i18n/locales/ja/phases.json';
import jaUi from '../../src/i18n/locales/ja/ui.json';
import { BUILDS, CHROMIUM_PATH, SCREENSHOT_DIR } from './paths';

export { BUILDS, REPO_ROOT, SCREENSHOT_DIR } from './paths';

// ---- wording ---------------------------------------------------------------

export type Lang = 'ja' | 'en';
const locales: Record<Lang, unknown> = {
  ja: { ...jaUi, checklist: { ...jaChecklist, phases: jaPhases } },
  en: { ...enUi, checklist: { ...enChecklist, phases: enPhases } },
};

/** The text the app shows for a key, as i18next would render it. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = locales[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No ${lang} text for "${key}"`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

export const itemLabel = (lang: Lang, itemId: string) => t(lang, `checklist.items.${itemId}.label`);
export const optionLabel = (lang: Lang, list: string, option: string) => t(lang, `checklist.optionLists.${list}.${option}.label`);
export const optionHint = (lang: Lang, list: string, option: string) => t(lang, `checklist.optionLists.${list}.${option}.hint`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- static server ---------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, the same for the server's whole life. */
  readonly origin: string;
  readonly port: number;
  /** The folder served now. */
  readonly dir: string;
  readonly running: boolean;
  /** Paths asked for, in order (for diagnostics). */
  readonly hits: string[];
  /** Serve another build from now on (same origin). */
  switchTo(dir: string): void;
  /** Stop listening and drop open connections: the origin is now unreachable. */
  stop(): Promise<void>;
  /** Listen again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /**
   * Other folders served under a path prefix on the same origin, e.g.
   * `{ '/__seed/': 'dist-bench/seed' }` (the bench's seeding page, which must
   * write the app's IndexedDB). The prefix is stripped; each mount has its own
   * index.html fallback.
   */
  mounts?: Record<string, string>;
}

/** Serves `dir` on 127.0.0.1 (a free port unless one is given), with an SPA fallback to index.html. */
export async function startServer(dir: string, port = 0, options: ServerOptions = {}): Promise<StaticServer> {
  let current = path.resolve(dir);
  let running = false;
  let boundPort = port;
  const hits: string[] = [];
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, folder]) => ({
    prefix: `/${prefix.replace(/^\/+|\/+$/g, '')}/`,
    root: path.resolve(folder),
  }));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let root = current;
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const mount = mounts.find((m) => `${pathname}/`.startsWith(m.prefix));
    if (mount) {
      root = mount.root;
      pathname = `/${pathname.slice(mount.prefix.length)}`;
    }
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let found = await stat(file).catch(() => null);
    if (found?.isDirectory()) {
      file = path.join(file, 'index.html');
      found = await stat(file).catch(() => null);
    }
    if (!found?.isFile()) {
      const wantsHtml = path.extname(pathname) === '' || (req.headers.accept ?? '').includes('text/html');
      if (!wantsHtml) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
        return;
      }
      file = path.join(root, 'index.html'); // SPA fallback
    }
    const body = await readFile(file);
    const base = path.basename(file);
    const cacheControl =
      base === 'sw.js' || base === 'index.html'
        ? 'no-cache'
        : file.startsWith(path.join(root, 'assets') + path.sep)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': cacheControl,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen(boundPort, '127.0.0.1', () => {
        server.off('error', onError);
        boundPort = (server.address() as AddressInfo).port;
        running = true;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!running) return resolve();
      running = false;
      server.close(() => resolve());
      server.closeAllConnections();
    });

  await listen();
  return {
    get origin() {
      return `http://127.0.0.1:${boundPort}`;
    },
    get port() {
      return boundPort;
    },
    get dir() {
      return current;
    },
    get running() {
      return running;
    },
    hits,
    switchTo(next: string) {
      current = path.resolve(next);
    },
    stop,
    start: () => (running ? Promise.resolve() : listen()),
    close: stop,
  };
}

// ---- browser ---------------------------------------------------------------

/** Known to work on this machine's kind: without the background-networking flags Chromium calls out to Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export const VIEWPORT = { width: 1366, height: 768 };

// ---- request recorder ------------------------------------------------------

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: a page (with its URL) or a service worker. */
  from: string;
}

/** Every request of every page and service worker of the contexts it is attached to. */
export class RequestLog {
  readonly entries: RecordedRequest[] = [];

  attach(context: BrowserContext): void {
    context.on('request', (request) => {
      let from = 'unknown';
      const worker = request.serviceWorker();
      if (worker) from = `service worker ${worker.url()}`;
      else {
        try {
          from = `page ${request.frame().url()}`;
        } catch {
          from = 'page';
        }
      }
      this.entries.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), from });
    });
    const watchPage = (page: Page) =>
      page.on('websocket', (ws) => this.entries.push({ url: ws.url(), method: 'GET', resourceType: 'websocket', from: `page ${page.url()}` }));
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
  }

  /** Requests to anything but `origin`; data:, blob: and chrome-extension: URLs never leave the device. */
  foreign(origin: string): RecordedRequest[] {
    return this.entries.filter((entry) => {
      if (/^(data|blob|chrome-extension):/i.test(entry.url)) return false;
      try {
        return new URL(entry.url).origin !== origin;
      } catch {
        return true;
      }
    });
  }
}

export function describeRequests(entries: RecordedRequest[]): string {
  return entries.map((e) => `  ${e.method} ${e.url} [${e.resourceType}] from ${e.from}`).join('\n');
}

// ---- one test file's world -------------------------------------------------

export interface Suite {
  server: StaticServer;
  browser: Browser;
  requests: RequestLog;
  /** Console errors, uncaught page errors and crashes, for the report. */
  problems: string[];
  newContext(): Promise<BrowserContext>;
  /** Closes contexts, browser and server; then throws if a request left the server's origin. */
  close(): Promise<void>;
}

/** A server on `dir` (v1 by default), a browser of its own, and contexts that are all closed by close(). */
export async function startSuite(options: { dir?: string } = {}): Promise<Suite> {
  const server = await startServer(options.dir ?? BUILDS.v1.dir);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const requests = new RequestLog();
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      // Failed loads while the test has cut the network are the point of those tests, not a problem.
      if (message.type() === 'error' && !message.text().includes('net::ERR_INTERNET_DISCONNECTED')) {
        problems.push(`console error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`));
    page.on('crash', () => problems.push(`page crashed: ${page.url()}`));
  };

  return {
    server,
    browser,
    requests,
    problems,
    async newContext() {
      const context = await browser.newContext({
        viewport: VIEWPORT,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        serviceWorkers: 'allow',
      });
      context.setDefaultTimeout(30_000);
      context.setDefaultNavigationTimeout(45_000);
      requests.attach(context);
      context.on('page', watchPage);
      contexts.push(context);
      return context;
    },
    /**
     * Closes everything, then fails if any request of this file's run went
     * to another origin than the test server's (so every file checks it).
     */
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      if (problems.length > 0) {
        process.stdout.write(`[e2e] browser console problems (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
      }
      const foreign = requests.foreign(server.origin);
      if (foreign.length > 0) {
        throw new Error(`${foreign.length} request(s) left ${server.origin}:\n${describeRequests(foreign)}`);
      }
    },
  };
}

// ---- driving the app -------------------------------------------------------

export async function openApp(page: Page, origin: string, hash = '#/'): Promise<void> {
  await page.goto(`${origin}/${hash}`, { waitUntil: 'domcontentloaded' });
}

export const listHeading = (page: Page, lang: Lang) =>
  page.getByRole('heading', { level: 2, name: t(lang, 'list.heading'), exact: true });

export const stepHeading = (page: Page, code: string) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`^【${escapeRegExp(code)}】`) });

/** Waits until a service worker is active and controls this page; returns its script URL. */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<string> {
  return page.evaluate(async (timeout) => {
    const container = navigator.serviceWorker;
    const fail = (why: string) => new Error(`no service worker controls ${location.href} after ${timeout} ms: ${why}`);
    const within = <T,>(promise: Promise<T>, why: string) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(fail(why)), timeout);
        promise.then(
          (value) => (clearTimeout(timer), resolve(value)),
          (error: unknown) => (clearTimeout(timer), reject(error)),
        );
      });
    await within(container.ready, 'navigator.serviceWorker.ready never resolved (was one registered?)');
    if (!container.controller) {
      await within(
        new Promise<void>((resolve) => {
          container.addEventListener('controllerchange', () => resolve(), { once: true });
          if (container.controller) resolve();
        }),
        'active, but no controllerchange (clientsClaim?)',
      );
    }
    return container.controller!.scriptURL;
  }, timeoutMs);
}

/** On the list page: fills 件名 and 記録者, presses 記録を開始, waits for step 1-1; returns the incident id. */
export async function createIncident(page: Page, lang: Lang, input: { title: string; recorder: string }): Promise<string> {
  await listHeading(page, lang).waitFor();
  await page.getByRole('textbox', { name: t(lang, 'incident.title'), exact: true }).fill(input.title);
  await page.getByRole('textbox', { name: t(lang, 'recorder.label'), exact: true }).fill(input.recorder);
  await page.getByRole('button', { name: t(lang, 'list.start'), exact: true }).click();
  await stepHeading(page, '1-1').waitFor();
  const match = /#\/incidents\/([^/]+)\/steps\//.exec(page.url());
  if (!match) throw new Error(`not on a step page after 記録を開始: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

export const stepUrl = (origin: string, incidentId: string, code: string) =>
  `${origin}/#/incidents/${encodeURIComponent(incidentId)}/steps/${code}`;

/** Clicks 【code】 in the step list (手順の一覧) and waits for the step's heading. */
export async function goToStep(page: Page, lang: Lang, code: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: t(lang, 'wizard.steps'), exact: true });
  await nav.getByRole('link', { name: new RegExp(`^【${escapeRegExp(code)}】`) }).click();
  await stepHeading(page, code).waitFor();
}

/** The text input or textarea of a text item, found by its label. */
export const textItem = (page: Page, lang: Lang, itemId: string): Locator =>
  page.getByRole('textbox', { name: itemLabel(lang, itemId), exact: true });

export async function fillItem(page: Page, lang: Lang, itemId: string, text: string): Promise<void> {
  await textItem(page, lang, itemId).fill(text);
}

/** The one block around an item: label, input, 対象外. */
export const itemFrame = (page: Page, itemId: string): Locator => page.locator(`[id="item-${itemId}"]`);

const savedPattern = (lang: Lang) =>
  new RegExp(`^${escapeRegExp(t(lang, 'save.saved', { time: '@' })).replace('@', '\\d{2}:\\d{2}:\\d{2}')}$`);

/** The save indicator as the user sees it: 「保存済み HH:MM:SS」. */
export const savedIndicator = (page: Page, lang: Lang): Locator =>
  page.getByRole('status').filter({ hasText: savedPattern(lang) });

export async function waitForSaved(page: Page, lang: Lang): Promise<void> {
  await savedIndicator(page, lang).first().waitFor();
}

/**
 * The stored value of one answer, read straight from IndexedDB (not through
 * the app), or null. Used only to know when a write has landed.
 */
export function storedAnswer(page: Page, incidentId: string, itemId: string): Promise<unknown> {
  return page.evaluate(
    ([id, item]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('incident-checklist');
        request.onupgradeneeded = () => {
          request.transaction?.abort();
          resolve(null);
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          try {
            const get = db.transaction('incidents', 'readonly').objectStore('incidents').get(id);
            get.onsuccess = () => {
              db.close();
              const row = get.result as { answers?: Record<string, { value?: unknown }> } | undefined;
              resolve(row?.answers?.[item]?.value ?? null);
            };
            get.onerror = () => {
              db.close();
              reject(get.error);
            };
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      }),
    [incidentId, itemId] as const,
  );
}

export async function waitForStored(page: Page, incidentId: string, itemId: string, expected: unknown, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => storedAnswer(page, incidentId, itemId), { timeout, interval: 100, message: `stored value of ${itemId}` })
    .toEqual(expected);
}

/** Polls a locator's input value (fields fill in after Dexie answers, not at first render). */
export async function expectValue(locator: Locator, expected: string, timeout = 15_000): Promise<void> {
  await locator.waitFor({ timeout });
  await expect.poll(() => locator.inputValue(), { timeout, interval: 100 }).toBe(expected);
}

/**
 * Every row of one store in IndexedDB, read straight from the database (not
 * through the app); [] while the database does not exist yet.
 */
function storedRows(page: Page, store: 'incidents' | 'activity'): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (storeName) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('incident-checklist');
        request.onupgradeneeded = () => {
          request.transaction?.abort();
          resolve([]);
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          try {
            const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as Array<Record<string, unknown>>);
            };
            all.onerror = () => {
              db.close();
              reject(all.error);
            };
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      }),
    store,
  );
}

export const storedIncidents = (page: Page) => storedRows(page, 'incidents');

/** One incident's activity log as stored, in the order written. */
export async function storedActivity(page: Page, incidentId: string): Promise<Array<Record<string, unknown>>> {
  return (await storedRows(page, 'activity')).filter((entry) => entry.incidentId === incidentId);
}

/** The 対象外 reason input of an item (open once 対象外にする was pressed, or a draft is stored). */
export const naReasonBox = (page: Page, lang: Lang, itemId: string): Locator =>
  itemFrame(page, itemId).getByRole('textbox', { name: t(lang, 'na.reasonPrompt'), exact: true });

/** The language switch in the header, pressed only when the page is in the other language. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current !== lang) await page.getByRole('button', { name: lang === 'en' ? 'English' : '日本語', exact: true }).click();
}

/** The window into screenshots/<name>.png, scrolled to `at` first, once the fonts are in. */
export async function screenshot(page: Page, name: string, at?: string, block: 'start' | 'center' = 'start'): Promise<void> {
  if (at) await page.locator(at).first().evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), caret: 'hide', animations: 'disabled' });
}
