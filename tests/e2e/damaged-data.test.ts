/**
 * Damaged rows in IndexedDB (written straight into the database, as a disk
 * error or a bug elsewhere could leave them) cost no more than themselves:
 * - a search document without its text: the list still searches, and still
 *   finds that incident (the app used to go blank);
 * - an incident row the app cannot read: its record page, and the print of
 *   it, say 読み込めない記録があります as the wizard does (it used to say
 *   このインシデントは見つかりません).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { SCREENSHOT_DIR, createIncident, listHeading, openApp, startSuite, stepHeading, stepUrl, t, type Suite } from './harness';
import { patchRow } from './raw-rows';

const run = promisify(execFile);

let suite: Suite;
let context: BrowserContext;
let tmp: string;

beforeAll(async () => {
  suite = await startSuite();
  context = await suite.newContext();
  tmp = await mkdtemp(path.join(tmpdir(), 'e2e-damaged-'));
});

afterAll(async () => {
  try {
    await suite?.close();
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
});

describe('damaged rows', () => {
  it('a search document without its text: the list still finds that incident, and the others', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const damaged = await createIncident(page, 'ja', { title: '電子カルテ停止（索引破損）', recorder: '山田' });
    await page.getByRole('link', { name: t('ja', 'nav.backToList') }).click();
    await createIncident(page, 'ja', { title: '不審メールの受信', recorder: '山田' });
    await patchRow(page, 'searchDocs', damaged, { text: null });

    await openApp(page, suite.server.origin);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await listHeading(page, 'ja').waitFor();
    const search = page.getByRole('searchbox');
    await search.fill('カルテ');
    await page.getByText(t('ja', 'list.shownMatches', { shown: 1 }), { exact: true }).waitFor();
    await page.getByRole('link', { name: '電子カルテ停止（索引破損）', exact: true }).waitFor();
    await search.fill('メール');
    await page.getByRole('link', { name: '不審メールの受信', exact: true }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await search.fill('存在しない語');
    await page.getByText(t('ja', 'list.noMatch'), { exact: true }).waitFor();
    await listHeading(page, 'ja').waitFor();
    await page.close();
  });

  it('an unreadable incident: the record page and its print say so, as the wizard does', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    const id = await createIncident(page, 'ja', { title: '読めなくなる記録', recorder: '山田' });
    await patchRow(page, 'incidents', id, { status: 42 });
    const message = t('ja', 'list.corrupt', { id });

    await page.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByRole('alert').filter({ hasText: message.slice(0, 10) }).waitFor();

    await page.goto(`${suite.server.origin}/#/incidents/${encodeURIComponent(id)}/record`, { waitUntil: 'domcontentloaded' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The id is bidi-isolated in the message: compare without the invisible marks.
    expect((await alert.innerText()).replace(/[\u2066-\u2069]/gu, '')).toContain(message);
    expect(await alert.innerText()).not.toContain(t('ja', 'wizard.notFound'));
    expect(await alert.innerText()).toContain('status');

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'damaged-record.png') });

    const file = path.join(tmp, 'damaged-record.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.close();
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-']);
    const printed = stdout.replace(/[\s\u2066-\u2069]+/gu, '');
    expect(printed).toContain(message.replace(/\s+/gu, ''));
    expect(printed).not.toContain(t('ja', 'nav.backToList'));
  });

  it('an unreadable incident still lets the list and other incidents open', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    await page.getByRole('heading', { level: 3, name: /読み込めない記録があります/ }).waitFor();
    await page.getByRole('link', { name: '不審メールの受信', exact: true }).click();
    await stepHeading(page, '1-1').waitFor();
    await page.close();
  });
});
