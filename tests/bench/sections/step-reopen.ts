/**
 * 7. Reopening on a step: the most common reopen in an incident is straight
 * back into the step in progress, offline. One fully answered incident
 * (seeded through the app's import path), the app's service worker
 * installed, the hello app beside it; both servers stopped and the browser
 * offline; then the app reloaded on #/incidents/<id>/steps/1-4 in turn with
 * the hello app (the machinery of section 2). Per load, in the page:
 * navigation start → the step's free-text answer (similarEventsResult, a
 * textarea) holds exactly the stored text (installValueProbe). For the hello
 * app, its first button as in section 2. Beside it, where the app's time
 * goes: the wizard chunk's responseEnd (resource timing) and the app's own
 * `reopen:*` user-timing marks when the build has them.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, startServer, stepUrl, storedAnswer, waitForServiceWorkerControl } from '../../e2e/harness';
import { BENCH_BUILDS } from '../lib/builds';
import { installValueProbe, openProfile, probe, seed, startAppServer } from '../lib/browser';
import type { Report } from '../lib/report';
import { median, round, summary } from '../lib/stats';
import { summarise, traceLoad } from '../lib/trace';
import { alternate, installHello, reload, type Load } from './reopen';

const SECTION = '7 reopen on a step';
export const STEP_REOPEN_RATIO_GOAL = 2;
/** A mid-incident step and one of its multiline text items. */
export const STEP_ITEM = { step: '1-4', itemId: 'similarEventsResult' } as const;

type StepLoad = Load & { phases: Record<string, number> };

/** The wizard chunk's arrival and the app's `reopen:*` marks, ms since navigation start. */
function phasesOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const file = entry.name.split('/').pop() ?? '';
      if (/^index-.*\.js$/.test(file)) out['main chunk loaded'] = entry.responseEnd;
      if (/^wizard-page-.*\.js$/.test(file)) out['wizard chunk loaded'] = entry.responseEnd;
    }
    for (const mark of performance.getEntriesByType('mark')) if (mark.name.startsWith('reopen:')) out[mark.name] = mark.startTime;
    return out;
  });
}

export async function stepReopen(report: Report, loads = Number(process.env.BENCH_REOPEN_LOADS ?? 31)): Promise<void> {
  const appServer = await startAppServer();
  const helloServer = await startServer(BENCH_BUILDS.hello.dir);
  const profile = await openProfile();
  try {
    const { context } = profile;
    const app = await context.newPage();
    // Seeded before the app's service worker exists (its navigateFallback would answer /__seed/).
    const { ids } = await seed(app, appServer.origin, 1);
    const id = ids[0]!;
    const stored = await storedAnswer(app, id, STEP_ITEM.itemId);
    if (typeof stored !== 'string' || stored === '') throw new Error(`incident ${id} has no stored text in ${STEP_ITEM.itemId}`);
    await context.addInitScript(installValueProbe, {
      name: 'answer',
      selector: `textarea[name="${STEP_ITEM.itemId}"]`,
      value: stored,
    });

    await app.goto(`${appServer.origin}/#/`, { waitUntil: 'load' });
    await probe(app, 'control');
    await waitForServiceWorkerControl(app);
    await app.goto(stepUrl(appServer.origin, id, STEP_ITEM.step), { waitUntil: 'load' });
    await probe(app, 'answer'); // the same document (a hash change); the loads below start on the step URL
    const hello = await installHello(context, helloServer.origin);

    await appServer.stop();
    await helloServer.stop();
    await context.setOffline(true);

    const result = await alternate<StepLoad>(
      loads,
      async () => {
        const load = await reload(app, 'answer');
        return { ...load, phases: await phasesOf(app) };
      },
      async () => ({ ...(await reload(hello)), phases: {} }),
    );
    // BENCH_STEP_TRACE=n: n more reloads of the app traced (bench-results/step-trace-<i>.json), each summarised on stdout.
    for (let i = 0; i < Number(process.env.BENCH_STEP_TRACE ?? 0); i++) {
      const file = path.join(REPO_ROOT, 'bench-results', `step-trace-${i}.json`);
      await mkdir(path.dirname(file), { recursive: true });
      const { result: load, events } = await traceLoad(app, () => reload(app, 'answer'), file);
      const phases = await phasesOf(app);
      process.stdout.write(
        `\n[bench] traced reload ${i} (${path.relative(REPO_ROOT, file)}): answer at ${round(load.control)} ms; ` +
          `${Object.entries(phases).map(([n, t]) => `${n.replace(/^reopen:/, '')} ${round(t)}`).join(', ')}\n${summarise(events, load.control, { name: 'reopen:db code', startTime: phases['reopen:db code'] ?? 0 })}\n`,
      );
    }
    const appMs = result.app.map((l) => l.control);
    const helloMs = result.hello.map((l) => l.control);
    const a = median(appMs);
    const h = median(helloMs);
    report.add({ section: SECTION, name: `app: reload on a step → stored answer in its input (median of ${loads})`, value: round(a), unit: 'ms' });
    report.add({ section: SECTION, name: `hello: reload → first control (median of ${loads})`, value: round(h), unit: 'ms' });
    report.add({
      section: SECTION,
      name: 'ratio app / hello (of the medians)',
      value: round(a / h, 2),
      unit: 'x',
      goal: STEP_REOPEN_RATIO_GOAL,
      note: `median of per-pair ratios ${round(median(appMs.map((ms, i) => ms / helloMs[i]!)), 2)}`,
    });
    const names = [...new Set(result.app.flatMap((l) => Object.keys(l.phases)))];
    const phases = Object.fromEntries(
      names.map((name) => [name, round(median(result.app.flatMap((l) => (l.phases[name] === undefined ? [] : [l.phases[name]]))))]),
    );
    const order = Object.entries(phases).sort((x, y) => x[1] - y[1]);
    report.add({
      section: SECTION,
      name: 'app: where the time goes (medians, ms since navigation start)',
      value: round(a),
      unit: 'ms',
      display: [...order.map(([name, ms]) => `${name.replace(/^reopen:/, '')} ${ms}`), `answer ${round(a)}`].join(' → '),
    });
    report.details.stepReopen = {
      rule: `navigation start → textarea[name=${STEP_ITEM.itemId}] on step ${STEP_ITEM.step} holds the stored text (MutationObserver + rAF from an init script)`,
      app: { ...summary(appMs), phases, loads: result.app },
      hello: { ...summary(helloMs), loads: result.hello },
    };
  } finally {
    await profile.close();
    await appServer.close().catch(() => undefined);
    await helloServer.close().catch(() => undefined);
  }
}
