/**
 * 3. Saving: one keystroke in a free-text answer → the value committed in
 * IndexedDB. Per keystroke: a capture keydown listener on window notes
 * event.timeStamp; a separate raw IndexedDB connection in the page polls the
 * incident's row (a tight loop of get requests, started before the key is
 * pressed) until answers[item].value is exactly what has been typed.
 * Latency = commit seen − keydown.
 */
import type { Page } from 'playwright-core';
import { stepUrl, storedAnswer, waitForServiceWorkerControl } from '../../e2e/harness';
import { seededApp } from '../lib/browser';
import type { Report } from '../lib/report';
import { round, summary } from '../lib/stats';

const SECTION = '3 saving';
export const SAVE_P95_GOAL_MS = 50;
/** A multiline text item of step 1-1 (a textarea). */
export const TEXT_ITEM = { step: '1-1', itemId: 'incidentDescription' } as const;

type PollResult = { ok: true; keydown: number; seen: number } | { ok: false; value: unknown; error?: string };
type SaveProbe = { start(id: string, itemId: string, expected: string, timeoutMs: number): void; result?: Promise<PollResult> };
type ProbeWindow = { __benchSave: SaveProbe };

function installSaveProbe(): void {
  let lastKeydown = Number.NaN;
  window.addEventListener('keydown', (event) => (lastKeydown = event.timeStamp), { capture: true });
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('incident-checklist'); // no version: the app's database as it is
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
  const probe: SaveProbe = {
    start(id, itemId, expected, timeoutMs) {
      probe.result = opened.then(
        (db) =>
          new Promise<PollResult>((resolve) => {
            const started = performance.now();
            const poll = () => {
              const get = db.transaction('incidents', 'readonly').objectStore('incidents').get(id);
              get.onsuccess = () => {
                const row = get.result as { answers?: Record<string, { value?: unknown }> } | undefined;
                const value = row?.answers?.[itemId]?.value;
                const now = performance.now();
                if (value === expected) resolve({ ok: true, keydown: lastKeydown, seen: now });
                else if (now - started > timeoutMs) resolve({ ok: false, value: value ?? null });
                else poll();
              };
              get.onerror = () => resolve({ ok: false, value: null, error: String(get.error) });
            };
            poll();
          }),
      );
    },
  };
  (window as unknown as ProbeWindow).__benchSave = probe;
}

/** Opens the step with a text answer of incident `id`, caret at the end of the answer; returns the stored text. */
export async function openTextAnswer(page: Page, origin: string, id: string): Promise<string> {
  await page.goto(stepUrl(origin, id, TEXT_ITEM.step), { waitUntil: 'load' });
  await waitForServiceWorkerControl(page);
  // By the field's name (react-hook-form registers it under the item id), not by its label: the bench measures, the e2e tests check wording.
  const box = page.locator(`textarea[name="${TEXT_ITEM.itemId}"], input[name="${TEXT_ITEM.itemId}"]`);
  await box.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
    const text = await page.locator('body').innerText().catch(() => '');
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} on ${page.url()}; the page shows: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  });
  const stored = await storedAnswer(page, id, TEXT_ITEM.itemId);
  if (typeof stored !== 'string' || stored === '') throw new Error(`incident ${id} has no stored text in ${TEXT_ITEM.itemId}`);
  // The field fills in once Dexie answers, not at first render.
  for (let waited = 0; (await box.inputValue()) !== stored; waited += 50) {
    if (waited > 30_000) throw new Error(`${TEXT_ITEM.itemId} never showed the stored text`);
    await page.waitForTimeout(50);
  }
  await box.click();
  await page.keyboard.press('Control+End');
  return stored;
}

export async function saving(report: Report, keystrokes = Number(process.env.BENCH_SAVE_KEYS ?? 200)): Promise<void> {
  const app = await seededApp(1);
  try {
    const { page, server } = app;
    const id = app.seeded.ids[0]!;
    const base = await openTextAnswer(page, server.origin, id);
    await page.evaluate(installSaveProbe);

    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const warmup = 5;
    let typed = '';
    const latencies: number[] = [];
    for (let i = 0; i < warmup + keystrokes; i++) {
      const key = letters[i % letters.length]!;
      typed += key;
      const expected = base + typed;
      await page.evaluate(([a, b, c]) => (window as unknown as ProbeWindow).__benchSave.start(a, b, c, 10_000), [id, TEXT_ITEM.itemId, expected] as const);
      await page.keyboard.press(key);
      const result = await page.evaluate(() => (window as unknown as ProbeWindow).__benchSave.result!);
      if (!result.ok) {
        throw new Error(
          `keystroke ${i + 1}: the stored value never became what was typed within 10 s` +
            (result.error ? ` (${result.error})` : `; it ends with ${JSON.stringify(String(result.value).slice(-30))}`),
        );
      }
      if (i >= warmup) latencies.push(result.seen - result.keydown);
    }
    const s = summary(latencies);
    report.add({ section: SECTION, name: `keystroke → committed, p50 (n=${s.n})`, value: s.p50, unit: 'ms' });
    report.add({ section: SECTION, name: `keystroke → committed, p95 (n=${s.n})`, value: s.p95, unit: 'ms', goal: SAVE_P95_GOAL_MS, note: `max ${s.max} ms` });
    report.details.saving = { item: TEXT_ITEM, ...s, latencies: latencies.map((l) => round(l)) };
  } finally {
    await app.close();
  }
}
