/**
 * Global setup of the `browser` vitest project: builds the app twice (two
 * builds with different APP_BUILD_ID, so the update test has a real "new
 * version") and checks that Debian's Chromium is there.
 *
 *   dist-e2e/v1  APP_BUILD_ID=e2e-v1
 *   dist-e2e/v2  APP_BUILD_ID=e2e-v2
 *
 * E2E_SKIP_BUILD=1 reuses both folders when they exist (handy while writing
 * tests; CI always builds).
 */
import { spawn } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILDS, CHROMIUM_PATH, REPO_ROOT } from './paths';

async function checkChromium(): Promise<void> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}, and it is not there (or not executable). ` +
        'Install it first: apt-get install -y chromium',
    );
  }
}

/** Written beside the folder after a build succeeded: a failed build can leave a half-written folder behind. */
const okMarker = (dir: string) => `${dir}.ok`;

function isBuilt(dir: string): boolean {
  return existsSync(okMarker(dir)) && existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, 'sw.js'));
}

/**
 * The environment of a production build. Vitest sets NODE_ENV=test, and a
 * build that inherits it is a development build (React's dev runtime,
 * import.meta.env.PROD false, so no service worker at all).
 */
function buildEnv(outDir: string, buildId: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|VITE_TEST|TEST$)/.test(key)) env[key] = value;
  }
  return { ...env, NODE_ENV: 'production', APP_OUT_DIR: outDir, APP_BUILD_ID: buildId, NO_COLOR: '1' };
}

async function build(outDir: string, buildId: string): Promise<void> {
  await rm(okMarker(outDir), { force: true });
  await runViteBuild(outDir, buildId);
  await writeFile(okMarker(outDir), `${JSON.stringify({ buildId, builtAt: new Date().toISOString() })}\n`);
}

function runViteBuild(outDir: string, buildId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: REPO_ROOT,
      env: buildEnv(outDir, buildId),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(path.join(outDir, 'index.html')) && existsSync(path.join(outDir, 'sw.js'))) {
        process.stdout.write(`[e2e] built ${path.relative(REPO_ROOT, outDir)} (${buildId}) in ${Date.now() - started} ms\n`);
        resolve();
      } else {
        reject(new Error(`[e2e] vite build for ${buildId} into ${outDir} failed (exit ${code}):\n${output}`));
      }
    });
  });
}

export default async function setup(): Promise<void> {
  await checkChromium();
  const all = Object.values(BUILDS);
  if (process.env.E2E_SKIP_BUILD === '1' && all.every((b) => isBuilt(b.dir))) {
    process.stdout.write('[e2e] E2E_SKIP_BUILD=1: reusing dist-e2e/v1 and dist-e2e/v2\n');
    return;
  }
  // One after the other: the machine has two cores and vite uses both.
  for (const b of all) await build(b.dir, b.id);
}
