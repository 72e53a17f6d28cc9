/**
 * 4. Typing: input latency while typing 2,000 characters into a free-text
 * answer of a fully answered incident, INP-style: a PerformanceObserver for
 * Event Timing entries (durationThreshold 16, the smallest allowed), entries
 * grouped by interactionId, the longest duration of each interaction kept.
 * A keystroke with no entry took under 16 ms; it is counted as 0 for the
 * percentiles, and a percentile that falls there is shown as "<16 ms".
 */
import { seededApp } from '../lib/browser';
import type { Report } from '../lib/report';
import { percentile, round } from '../lib/stats';
import { openTextAnswer } from './saving';

const SECTION = '4 typing';
export const TYPING_P95_GOAL_MS = 50;

type TypingWindow = {
  __benchTyping: { since: number; entries: Array<{ id: number; name: string; duration: number; start: number }>; countBefore: number | null };
};

/** Text of ordinary words, `length` characters long. */
function prose(length: number): string {
  const words = ['server', 'backup', 'offline', 'vendor', 'network', 'restore', 'checked', 'ward', 'log', 'switch', 'isolated', 'report'];
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[(i * 7) % words.length]} `;
  return text.slice(0, length - 1) + '.';
}

export async function typing(report: Report, chars = Number(process.env.BENCH_TYPING_CHARS ?? 2000)): Promise<void> {
  const app = await seededApp(1);
  try {
    const { page, server } = app;
    const base = await openTextAnswer(page, server.origin, app.seeded.ids[0]!);
    await page.evaluate(() => {
      const state: TypingWindow['__benchTyping'] = {
        since: performance.now(),
        entries: [],
        countBefore: (performance as Performance & { interactionCount?: number }).interactionCount ?? null,
      };
      (window as unknown as TypingWindow).__benchTyping = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEventTiming & { interactionId?: number }>) {
          if (entry.interactionId && entry.startTime >= state.since) {
            state.entries.push({ id: entry.interactionId, name: entry.name, duration: entry.duration, start: entry.startTime });
          }
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const text = prose(chars);
    const started = Date.now();
    await page.keyboard.type(text, { delay: 12 });
    const typingMs = Date.now() - started;
    await page.waitForTimeout(1000); // the last entries are delivered after the next frames
    const result = await page.evaluate(() => {
      const state = (window as unknown as TypingWindow).__benchTyping;
      const countAfter = (performance as Performance & { interactionCount?: number }).interactionCount ?? null;
      return { entries: state.entries, interactions: state.countBefore === null || countAfter === null ? null : countAfter - state.countBefore };
    });
    const value = await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value ?? '');
    if (value !== base + text) throw new Error(`the answer does not hold the typed text (ends with ${JSON.stringify(value.slice(-30))})`);

    const worst = new Map<number, number>();
    for (const e of result.entries) worst.set(e.id, Math.max(worst.get(e.id) ?? 0, e.duration));
    const n = Math.max(chars, result.interactions ?? 0, worst.size);
    const all = [...worst.values(), ...Array<number>(n - worst.size).fill(0)];
    const p50 = percentile(all, 50);
    const p95 = percentile(all, 95);
    const max = Math.max(...all);
    const show = (ms: number) => (ms < 16 ? '<16 ms' : `${round(ms)} ms`);
    report.add({ section: SECTION, name: `key → next paint, p50 (${chars} keys)`, value: p50, unit: 'ms', display: show(p50) });
    report.add({ section: SECTION, name: `key → next paint, p95 (${chars} keys)`, value: p95, unit: 'ms', display: show(p95), goal: TYPING_P95_GOAL_MS });
    report.add({
      section: SECTION,
      name: 'key → next paint, max',
      value: max,
      unit: 'ms',
      display: show(max),
      note: `${worst.size} of ${n} keys ≥16 ms; typed in ${round(typingMs / 1000, 1)} s`,
    });
    report.details.typing = {
      chars,
      interactionsCounted: result.interactions,
      slowInteractions: worst.size,
      typingMs,
      durations: [...worst.values()].sort((a, b) => b - a),
    };
  } finally {
    await app.close();
  }
}
