/**
 * The browser benchmark (`npm run bench`): production builds of the app and
 * of a bare hello app, served on 127.0.0.1, driven in headless Chromium.
 * Prints one table (each figure with its goal and met/MISSED) and writes
 * the same figures to bench-results/<time>.json and bench-results/latest.json.
 * Read the figures side by side within one run: the machine is shared.
 *
 *   BENCH_ONLY=weight,reopen   only these sections (weight, reopen, saving, typing, scale, pdf, step)
 *   BENCH_SKIP_BUILD=1         reuse dist-bench/{app,hello,seed} from an earlier run
 *   BENCH_INCIDENTS=2000       fewer incidents for the scale section (default 10000)
 *
 * See README.md, "Benchmarks", for what each figure means and how it is measured.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, REPO_ROOT } from '../e2e/harness';
import { CHROMIUM_PATH } from '../e2e/paths';
import { buildAll, type BuildName } from './lib/builds';
import { Report } from './lib/report';
import { pdf } from './sections/pdf';
import { reopen } from './sections/reopen';
import { saving } from './sections/saving';
import { scale } from './sections/scale';
import { stepReopen } from './sections/step-reopen';
import { typing } from './sections/typing';
import { weight } from './sections/weight';

const SECTIONS: Record<string, { title: string; builds: BuildName[]; run: (report: Report) => Promise<void> }> = {
  weight: { title: '1 first-screen weight', builds: ['app'], run: weight },
  reopen: { title: '2 offline reopen', builds: ['app', 'hello'], run: reopen },
  saving: { title: '3 saving', builds: ['app', 'seed'], run: saving },
  typing: { title: '4 typing', builds: ['app', 'seed'], run: typing },
  scale: { title: '5 scale', builds: ['app', 'seed'], run: scale },
  pdf: { title: '6 PDF', builds: ['app', 'seed'], run: pdf },
  step: { title: '7 reopen on a step', builds: ['app', 'hello', 'seed'], run: stepReopen },
};

function chosenSections(): string[] {
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((s) => !(s in SECTIONS));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  return only.length > 0 ? Object.keys(SECTIONS).filter((s) => only.includes(s)) : Object.keys(SECTIONS);
}

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

it('browser benchmark', async () => {
  const names = chosenSections();
  await access(CHROMIUM_PATH, constants.X_OK).catch(() => {
    throw new Error(`The bench needs Debian's Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  });
  const browser = await launchBrowser();
  const chromium = browser.version();
  await browser.close();
  const report = new Report({
    sections: names,
    node: process.version,
    chromium,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_'))),
  });

  const builds = [...new Set(names.flatMap((n) => SECTIONS[n]!.builds))];
  const ordered = (['app', 'hello', 'seed'] as const).filter((b) => builds.includes(b));
  let built = true;
  try {
    await buildAll(ordered);
  } catch (error) {
    built = false;
    for (const name of names) report.error(SECTIONS[name]!.title, 'build', error);
  }

  if (built) {
    for (const name of names) {
      const section = SECTIONS[name]!;
      const started = Date.now();
      log(`${section.title} …`);
      try {
        await section.run(report);
      } catch (error) {
        report.error(section.title, '(section failed)', error);
      }
      log(`${section.title}: ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }

  const file = await report.write(path.join(REPO_ROOT, 'bench-results'));
  process.stdout.write(
    `\nBrowser benchmark — Chromium ${chromium}, ${report.meta.cpus} cores, medians; compare figures within one run\n\n${report.table()}\n\n` +
      `[bench] written to ${path.relative(REPO_ROOT, file)} and bench-results/latest.json\n\n`,
  );
});
