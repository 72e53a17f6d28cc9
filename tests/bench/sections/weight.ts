/**
 * 1. First-screen weight: what a fresh load of /#/ (the incident list)
 * actually requests, mapped to the files of the build and gzipped with
 * node:zlib at level 9; beside it all JS of the build, and every JS/CSS file
 * the first screen did not load (the lazy chunks), one row each.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEWPORT, launchBrowser, startServer } from '../../e2e/harness';
import { BENCH_BUILDS } from '../lib/builds';
import { PROBES, installProbes, probe } from '../lib/browser';
import type { Report } from '../lib/report';
import { round } from '../lib/stats';

const SECTION = '1 first-screen weight';
export const FIRST_SCREEN_BUDGET_KB = 140;
/** 1 KB = 1,000 bytes, as Vite's build log counts. */
const kb = (bytes: number) => round(bytes / 1000, 1);

type FileSize = { file: string; raw: number; gzip: number };

async function sizeOf(dir: string, file: string): Promise<FileSize> {
  const body = await readFile(path.join(dir, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

async function listFiles(dir: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = path.posix.join(sub, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}

const isWorkerScript = (file: string) => file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file);
const sum = (files: FileSize[]) => ({ raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) });
const both = (s: { raw: number; gzip: number }) => `${kb(s.gzip)} KB gzip (${kb(s.raw)} raw)`;
const unhashed = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1');

function kindOf(file: string): string {
  if (/save-pdf|fontkit|export-pdf|pdf/i.test(file)) return 'PDF';
  if (/transfer|export|import|crypto/i.test(file)) return 'export/transfer';
  if (/wizard|step/i.test(file)) return 'wizard';
  if (/record/i.test(file)) return 'record';
  if (/settings/i.test(file)) return 'settings';
  return 'lazy';
}

export async function weight(report: Report): Promise<void> {
  const dir = BENCH_BUILDS.app.dir;
  const server = await startServer(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', serviceWorkers: 'allow' });
    await context.addInitScript(installProbes, PROBES as Record<string, string>);
    const requested: Array<{ url: string; type: string; fromWorker: boolean }> = [];
    context.on('request', (r) => requested.push({ url: r.url(), type: r.resourceType(), fromWorker: r.serviceWorker() !== null }));
    const page = await context.newPage();
    await page.goto(`${server.origin}/#/`, { waitUntil: 'load' });
    const control = await probe(page, 'control');
    // For information: what was asked for by the time the first control showed.
    const beforeRender = await page.evaluate(
      (at) => performance.getEntriesByType('resource').filter((r) => r.startTime <= at).map((r) => r.name),
      control,
    );
    // Whatever the first screen pulls in after its first render counts too.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    await context.close();

    const pageFiles = new Set<string>();
    for (const r of requested) {
      if (r.fromWorker) continue;
      const url = new URL(r.url);
      if (url.origin !== server.origin) continue;
      const file = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
      pageFiles.add(file);
    }
    const all = await listFiles(dir);
    const existing = new Set(all);
    const first = await Promise.all([...pageFiles].filter((f) => existing.has(f) && /\.(js|css)$/.test(f) && !isWorkerScript(f)).map((f) => sizeOf(dir, f)));
    const firstJs = first.filter((f) => f.file.endsWith('.js'));
    const firstCss = first.filter((f) => f.file.endsWith('.css'));
    const total = sum(first);
    report.add({
      section: SECTION,
      name: 'first screen #/ JS+CSS',
      value: kb(total.gzip),
      unit: 'KB',
      display: both(total),
      goal: FIRST_SCREEN_BUDGET_KB,
      note: `${first.length} files`,
    });
    const early = new Set(beforeRender.map((u) => decodeURIComponent(new URL(u).pathname).replace(/^\/+/, '')));
    const firstRender = sum(first.filter((f) => early.has(f.file)));
    report.add({
      section: SECTION,
      name: '  of which before the first render',
      value: kb(firstRender.gzip),
      unit: 'KB',
      display: both(firstRender),
      note: 'header and create form usable; the list fills in after',
    });
    report.add({ section: SECTION, name: 'first screen JS', value: kb(sum(firstJs).gzip), unit: 'KB', display: both(sum(firstJs)), note: firstJs.map((f) => unhashed(f.file)).join(', ') });
    report.add({ section: SECTION, name: 'first screen CSS', value: kb(sum(firstCss).gzip), unit: 'KB', display: both(sum(firstCss)), note: firstCss.map((f) => unhashed(f.file)).join(', ') });

    const allJs = await Promise.all(all.filter((f) => f.endsWith('.js') && !isWorkerScript(f)).map((f) => sizeOf(dir, f)));
    report.add({ section: SECTION, name: 'all JS of the build', value: kb(sum(allJs).gzip), unit: 'KB', display: both(sum(allJs)), note: `${allJs.length} files, service worker not counted` });

    const firstSet = new Set(first.map((f) => f.file));
    const lazy = await Promise.all(all.filter((f) => /\.(js|css)$/.test(f) && !isWorkerScript(f) && !firstSet.has(f)).map((f) => sizeOf(dir, f)));
    lazy.sort((a, b) => b.gzip - a.gzip);
    const seen = new Map<string, number>();
    for (const f of lazy) {
      const name = unhashed(f.file);
      seen.set(name, (seen.get(name) ?? 0) + 1);
      const label = seen.get(name)! > 1 ? `${name} #${seen.get(name)}` : name;
      report.add({ section: SECTION, name: `lazy: ${label}`, value: kb(f.gzip), unit: 'KB', display: both(f), note: kindOf(f.file) });
    }
    const fonts = await Promise.all(all.filter((f) => /\.(ttf|woff2?)$/.test(f)).map((f) => sizeOf(dir, f)));
    if (fonts.length > 0) report.add({ section: SECTION, name: 'lazy: PDF fonts', value: kb(sum(fonts).gzip), unit: 'KB', display: both(sum(fonts)), note: `${fonts.length} files, loaded on PDF保存` });
    const worker = await Promise.all(all.filter(isWorkerScript).map((f) => sizeOf(dir, f)));
    report.add({ section: SECTION, name: 'service worker scripts', value: kb(sum(worker).gzip), unit: 'KB', display: both(sum(worker)), note: 'sw.js + workbox, not on the first screen' });

    report.details.weight = {
      requested: requested.map((r) => `${r.fromWorker ? 'worker' : 'page'} ${r.type} ${r.url}`),
      firstScreen: first,
      allJs,
      lazy,
      fonts,
      worker,
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}
