/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { pdfFonts } from './scripts/pdf-font-plugin.ts';

/**
 * Nothing may leave the device: the production page allows only its own
 * origin. Added at build time only, because Vite's dev server injects an
 * inline script for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export const pwaOptions: Partial<VitePWAOptions> = {
  // Never reload by itself: a form app must not lose a half-typed answer.
  // src/features/app-update registers the worker and asks the user.
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    id: '/',
    name: 'インシデント対応チェックリスト',
    short_name: 'Incident Checklist',
    description: '病院・診療所のサイバーインシデント対応チェックリスト（徳島県マニュアル準拠）。オフラインで動作し、データはこの端末に保存されます。',
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1f3a5f',
    background_color: '#f6f7f9',
    icons: [
      { src: 'icons/pwa-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/pwa-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // svg/png/webmanifest come in through includeAssets and the manifest icons;
    // matching them here too would list them twice.
    globPatterns: ['**/*.{js,css,html,ttf,woff2}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
  },
};

export default defineConfig({
  plugins: [react(), pdfFonts(), VitePWA(pwaOptions), contentSecurityPolicy()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    __BUILD_ID__: JSON.stringify(process.env.APP_BUILD_ID ?? new Date().toISOString()),
  },
  build: {
    chunkSizeWarningLimit: 800,
    // BENCH_NO_MINIFY=1: readable function names in a profile (tests/bench/lib/trace.ts).
    minify: process.env.BENCH_NO_MINIFY ? false : undefined,
    // Every chunk comes from the service worker's cache; preloading a lazy
    // chunk's imports only added <link> elements while the first screen
    // rendered.
    modulePreload: false,
    outDir: process.env.APP_OUT_DIR ?? 'dist',
    rolldownOptions: {
      output: {
        // Left to itself the bundler cuts what the first render needs into
        // several small shared chunks: each is one more request through the
        // service worker before anything shows. The libraries every page
        // renders with go in one, with the error classes the shell shares
        // with the data layer.
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store)[\\/]|src[\\/]db[\\/]errors\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
