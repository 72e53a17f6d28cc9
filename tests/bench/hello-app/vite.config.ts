/**
 * The hello app of the offline-reopen bench, built like the app (see the
 * root vite.config.ts): @vitejs/plugin-react, and vite-plugin-pwa's
 * generateSW with the same kind of options (prompt, registered by the page
 * with workbox-window, precache of js/css/html, navigateFallback,
 * clientsClaim). tests/bench/builds.ts runs `vite build --config` on this
 * file with NODE_ENV=production; BENCH_OUT_DIR says where to.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'hello',
        short_name: 'hello',
        lang: 'ja',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f3a5f',
        background_color: '#f6f7f9',
        icons: [],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,ttf,woff2}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { outDir: process.env.BENCH_OUT_DIR ?? path.resolve(here, '../../../dist-bench/hello'), emptyOutDir: true },
});
