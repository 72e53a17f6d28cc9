/**
 * The bench's three builds, each a child `vite build` with NODE_ENV=production
 * (vitest sets NODE_ENV=test, and a build inheriting it is a development
 * build with no service worker), one after the other (two cores):
 *
 *   dist-bench/app    the app, exactly as production (root vite.config.ts)
 *   dist-bench/hello  tests/bench/hello-app, the offline-reopen baseline
 *   dist-bench/seed   tests/bench/seed, the seeding page served at /__seed/
 *
 * BENCH_SKIP_BUILD=1 reuses folders that a previous run finished.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../e2e/paths';

export const BENCH_BUILDS = {
  app: { dir: path.join(REPO_ROOT, 'dist-bench/app'), config: null, sw: true },
  hello: { dir: path.join(REPO_ROOT, 'dist-bench/hello'), config: 'tests/bench/hello-app/vite.config.ts', sw: true },
  seed: { dir: path.join(REPO_ROOT, 'dist-bench/seed'), config: 'tests/bench/seed/vite.config.ts', sw: false },
} as const;
export type BuildName = keyof typeof BENCH_BUILDS;

const okMarker = (dir: string) => `${dir}.ok`;
const isBuilt = (name: BuildName) => {
  const b = BENCH_BUILDS[name];
  return existsSync(okMarker(b.dir)) && existsSync(path.join(b.dir, 'index.html')) && (!b.sw || existsSync(path.join(b.dir, 'sw.js')));
};

function env(name: BuildName): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(VITEST|VITE_TEST|TEST$)/.test(key)) out[key] = value;
  const dir = BENCH_BUILDS[name].dir;
  return { ...out, NODE_ENV: 'production', NO_COLOR: '1', APP_OUT_DIR: dir, APP_BUILD_ID: 'bench', BENCH_OUT_DIR: dir };
}

function viteBuild(name: BuildName): Promise<void> {
  const b = BENCH_BUILDS[name];
  const args = [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...(b.config ? ['--config', b.config] : [])];
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: env(name), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(path.join(b.dir, 'index.html'))) {
        process.stdout.write(`[bench] built ${path.relative(REPO_ROOT, b.dir)} in ${Date.now() - started} ms\n`);
        resolve();
      } else reject(new Error(`vite build of ${name} into ${b.dir} failed (exit ${code}):\n${output}`));
    });
  });
}

export async function buildAll(names: BuildName[]): Promise<void> {
  const skip = process.env.BENCH_SKIP_BUILD === '1';
  for (const name of names) {
    if (skip && isBuilt(name)) {
      process.stdout.write(`[bench] BENCH_SKIP_BUILD=1: reusing ${path.relative(REPO_ROOT, BENCH_BUILDS[name].dir)}\n`);
      continue;
    }
    await rm(okMarker(BENCH_BUILDS[name].dir), { force: true });
    await viteBuild(name);
    await writeFile(okMarker(BENCH_BUILDS[name].dir), `${new Date().toISOString()}\n`);
  }
}
