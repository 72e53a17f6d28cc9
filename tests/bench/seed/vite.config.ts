/**
 * Builds the seeding page (index.html + seed-page.ts) for /__seed/ on the
 * app's origin, with '@' → src as the app's vite.config.ts has it.
 * tests/bench/builds.ts runs `vite build --config` on this file with
 * NODE_ENV=production; BENCH_OUT_DIR says where to.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');

export default defineConfig({
  root: here,
  base: '/__seed/',
  resolve: { alias: { '@': path.join(repo, 'src') } },
  define: { __BUILD_ID__: JSON.stringify('bench-seed') },
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? path.join(repo, 'dist-bench/seed'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
