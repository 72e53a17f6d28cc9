/**
 * 5. Scale: 10,000 generated incidents (every item answered, a 20-entry log
 * each) written through the app's own import path, then:
 *  - first page: reload #/ → the first incident card is in the DOM
 *    (navigation start → PROBES.card, measured in the page);
 *  - search: the needle word put into the search box in one input event (as
 *    a paste) → the list shows exactly one card, the needle's incident
 *    (input event → that DOM state, measured in the page);
 *  - the origin's storage use from navigator.storage.estimate().
 */
import type { Page } from 'playwright-core';
import { waitForServiceWorkerControl } from '../../e2e/harness';
import { probe, seededApp, storageEstimate } from '../lib/browser';
import type { Report } from '../lib/report';
import { median, round } from '../lib/stats';

const SECTION = '5 scale';
export const FIRST_PAGE_GOAL_MS = 300;
export const SEARCH_GOAL_MS = 150;

const SEARCH_BOX = 'input[type=search]';
const CARD = '.incident-card';

type SearchWindow = { __benchSearch: Promise<{ input: number; shown: number }> };

/** Arms the in-page watcher, puts `word` into the search box, returns ms from the input event to exactly `title` on screen. */
async function searchOnce(page: Page, word: string, title: string): Promise<number> {
  await page.evaluate(
    ([box, card, wanted]) => {
      (window as unknown as SearchWindow).__benchSearch = new Promise((resolve, reject) => {
        let input = Number.NaN;
        const field = document.querySelector(box)!;
        field.addEventListener('input', (event) => (input = event.timeStamp), { capture: true, once: true });
        const check = () => {
          if (Number.isNaN(input)) return;
          const cards = document.querySelectorAll(card);
          if (cards.length === 1 && (cards[0]!.textContent ?? '').includes(wanted)) {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ input, shown: performance.now() });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`after 60 s the list shows ${document.querySelectorAll(card).length} cards, not only "${wanted}"`));
        }, 60_000);
      });
    },
    [SEARCH_BOX, CARD, title] as const,
  );
  await page.locator(SEARCH_BOX).fill(word);
  const { input, shown } = await page.evaluate(() => (window as unknown as SearchWindow).__benchSearch);
  return shown - input;
}

async function clearSearch(page: Page): Promise<void> {
  await page.locator(SEARCH_BOX).fill('');
  await page.waitForFunction((card) => document.querySelectorAll(card).length > 1, CARD, { timeout: 120_000, polling: 100 });
}

export async function scale(report: Report, count = Number(process.env.BENCH_INCIDENTS ?? 10_000), reps = Number(process.env.BENCH_SCALE_REPS ?? 7)): Promise<void> {
  const app = await seededApp(count, Number(process.env.BENCH_SEED_BATCH ?? 1000));
  try {
    const { page, server, seeded } = app;
    report.add({ section: SECTION, name: `seeding ${count} incidents (applyImport)`, value: round(seeded.ms / 1000, 1), unit: '', display: `${round(seeded.ms / 1000, 1)} s` });

    // First visit: the app installs its service worker; then reloads as a returning user.
    await page.goto(`${server.origin}/#/`, { waitUntil: 'load' });
    await probe(page, 'card', 180_000);
    await waitForServiceWorkerControl(page, 60_000);

    await report.attempt(SECTION, 'storage used (navigator.storage.estimate)', async () => {
      const e = await storageEstimate(page);
      const mb = (b: number) => round(b / 1e6, 1);
      report.add({
        section: SECTION,
        name: 'storage used (navigator.storage.estimate)',
        value: mb(e.usage),
        unit: 'MB',
        note: [e.indexedDB !== null ? `IndexedDB ${mb(e.indexedDB)} MB` : '', e.caches !== null ? `caches ${mb(e.caches)} MB` : ''].filter(Boolean).join(', '),
      });
      report.details.storage = e;
    }, 'MB');

    await report.attempt(SECTION, 'first page', async () => {
      const times: number[] = [];
      const cards: number[] = [];
      for (let i = 0; i < reps; i++) {
        await page.reload({ waitUntil: 'load' });
        times.push(await probe(page, 'card', 180_000));
        cards.push(await page.locator(CARD).count());
      }
      report.add({
        section: SECTION,
        name: `reload #/ → first cards (median of ${reps})`,
        value: round(median(times)),
        unit: 'ms',
        goal: FIRST_PAGE_GOAL_MS,
        note: `${median(cards)} cards rendered`,
      });
      report.details.firstPage = { times: times.map((t) => round(t)), cards };
    }, 'ms', FIRST_PAGE_GOAL_MS);

    await report.attempt(SECTION, 'search', async () => {
      if (!seeded.needle) throw new Error(`the needle incident is not among the first ${count} (BENCH_INCIDENTS too small)`);
      await page.locator(SEARCH_BOX).waitFor();
      await page.waitForFunction((card) => document.querySelectorAll(card).length > 1, CARD, { timeout: 120_000 });
      const times: number[] = [];
      for (let i = 0; i < reps; i++) {
        times.push(await searchOnce(page, seeded.needle.word, seeded.needle.title));
        if (i < reps - 1) await clearSearch(page);
      }
      report.add({
        section: SECTION,
        name: `search "${seeded.needle.word}" → only its incident (median of ${reps})`,
        value: round(median(times)),
        unit: 'ms',
        goal: SEARCH_GOAL_MS,
      });
      report.details.search = { word: seeded.needle.word, id: seeded.needle.id, times: times.map((t) => round(t)) };
    }, 'ms', SEARCH_GOAL_MS);
  } finally {
    await app.close();
  }
}
