/**
 * The bench's seeding page, served at /__seed/ on the app's own origin so it
 * writes the app's IndexedDB. It goes through the app's real import path
 * (applyImport from src/db/transfer.ts: validation, rows, activity and
 * whatever else that transaction keeps up to date) with the incidents of
 * ./generate.ts, in batches.
 *
 * Open it before the app's service worker is installed: the worker's
 * navigateFallback would answer /__seed/ with the app's index.html.
 *
 *   await window.benchSeed(10_000)  // → { count, ids, needle, ms }
 */
import '@/lib/zod-setup'; // as the app does, so validation costs the same
import { applyImport } from '@/db/transfer';
import { generateIncidents, NEEDLE } from './generate';

export type SeedResult = {
  count: number;
  /** The first few incident ids, newest first in the list. */
  ids: string[];
  /** The incident whose answer holds NEEDLE.word, or null when count leaves it out. */
  needle: { word: string; id: string; title: string } | null;
  ms: number;
};

declare global {
  interface Window {
    benchSeed: (count: number, batchSize?: number) => Promise<SeedResult>;
  }
}

const status = document.getElementById('status')!;

window.benchSeed = async (count, batchSize = 250) => {
  const started = performance.now();
  const ids: string[] = [];
  let needle: SeedResult['needle'] = null;
  for (let start = 0; start < count; start += batchSize) {
    const data = generateIncidents(start, Math.min(batchSize, count - start));
    data.incidents.forEach((row, k) => {
      if (ids.length < 5) ids.push(row.id);
      if (start + k === NEEDLE.index) needle = { word: NEEDLE.word, id: row.id, title: row.title };
    });
    const summary = await applyImport(data, {});
    if (summary.added !== data.incidents.length) {
      throw new Error(`batch at ${start}: expected ${data.incidents.length} added, got ${JSON.stringify(summary)}`);
    }
    status.textContent = `seeded ${Math.min(start + batchSize, count)} / ${count}`;
  }
  return { count, ids, needle, ms: Math.round(performance.now() - started) };
};

status.textContent = 'ready';
