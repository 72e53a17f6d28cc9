/**
 * `npm run bench`: the browser benchmark (tests/bench/browser.run.ts) on its
 * own, never part of `npm test` (the root config's projects do not match it).
 * One file, one test, no parallelism, long timeouts.
 */
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    include: ['tests/bench/browser.run.ts'],
    environment: 'node',
    globals: true,
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 40 * 60_000,
    hookTimeout: 20 * 60_000,
  },
});
