/**
 * 6. PDF: PDF保存 on the record page of a fully answered incident → the
 * browser's download event. Each repetition reloads the record page first
 * (pdf-lib, fontkit and the fonts load on the first press of each page, as
 * for a user), with the service worker in control. The start is the click
 * event's timeStamp in the page, the end the moment Node sees the download
 * event; both are put on the wall clock (performance.timeOrigin + timeStamp,
 * Date.now()) of the one machine.
 */
import { t, waitForServiceWorkerControl } from '../../e2e/harness';
import { seededApp } from '../lib/browser';
import type { Report } from '../lib/report';
import { median, round } from '../lib/stats';

const SECTION = '6 PDF';
export const PDF_GOAL_MS = 3000;

type ClickWindow = { __benchClick?: number; __benchHandedOver?: number };

export async function pdf(report: Report, reps = Number(process.env.BENCH_PDF_REPS ?? 3)): Promise<void> {
  const app = await seededApp(1);
  try {
    const { page, server } = app;
    const id = app.seeded.ids[0]!;
    const url = `${server.origin}/#/incidents/${encodeURIComponent(id)}/record`;
    await page.goto(url, { waitUntil: 'load' });
    await waitForServiceWorkerControl(page);
    const button = page.getByRole('button', { name: t('ja', 'record.pdf'), exact: true });
    const times: number[] = [];
    const handedOver: number[] = [];
    for (let i = 0; i < reps; i++) {
      await page.reload({ waitUntil: 'load' });
      await button.waitFor();
      await page.evaluate((label) => {
        const w = window as unknown as ClickWindow;
        delete w.__benchClick;
        delete w.__benchHandedOver;
        document.addEventListener(
          'click',
          (event) => {
            const target = event.target as Element | null;
            if (target?.closest('button')?.textContent?.trim() === label && w.__benchClick === undefined) w.__benchClick = performance.timeOrigin + event.timeStamp;
            if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) w.__benchHandedOver = performance.timeOrigin + performance.now();
          },
          { capture: true },
        );
      }, t('ja', 'record.pdf'));
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }).then((d) => ({ d, at: Date.now() })), button.click()]);
      const marks = await page.evaluate(() => {
        const w = window as unknown as ClickWindow;
        return { click: w.__benchClick, handedOver: w.__benchHandedOver };
      });
      if (marks.click === undefined) throw new Error('the click on PDF保存 was not seen in the page');
      if (!download.d.suggestedFilename().endsWith('.pdf')) throw new Error(`the download is ${download.d.suggestedFilename()}, not a PDF`);
      times.push(download.at - marks.click);
      if (marks.handedOver !== undefined) handedOver.push(marks.handedOver - marks.click);
      await download.d.delete().catch(() => undefined);
    }
    report.add({
      section: SECTION,
      name: `PDF保存 click → download (median of ${reps})`,
      value: round(median(times)),
      unit: 'ms',
      goal: PDF_GOAL_MS,
      note: handedOver.length ? `file handed to <a download> at ${round(median(handedOver))} ms` : undefined,
    });
    report.details.pdf = { times: times.map((x) => round(x)), handedOver: handedOver.map((x) => round(x)) };
  } finally {
    await app.close();
  }
}
