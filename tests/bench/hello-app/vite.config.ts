/**
 * The hello app of the offline-reopen bench, built like the app: the same
 * @vitejs/plugin-react and the app's own vite-plugin-pwa options (imported
 * from the root vite.config.ts: generateSW, prompt, registered by the page
 * with workbox-window, the same precache), with a name of its own and no
 * icons. tests/bench/lib/builds.ts runs `vite build --config` on this file
 * with NODE_ENV=production; BENCH_OUT_DIR says where to.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from '../../../vite.config';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [
    react(),
    VitePWA({
      ...pwaOptions,
      includeAssets: [],
      manifest: { ...pwaOptions.manifest, name: 'hello', short_name: 'hello', description: 'bench baseline', icons: [] },
    }),
  ],
  build: { outDir: process.env.BENCH_OUT_DIR ?? path.resolve(here, '../../../dist-bench/hello'), emptyOutDir: true },
});
