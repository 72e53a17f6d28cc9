/** Where things are, shared by the global setup and the harness. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'screenshots');

/** E2E_DIST_DIR puts the builds elsewhere, so two checkouts can run browser tests side by side. */
const DIST = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : path.join(REPO_ROOT, 'dist-e2e');

export const BUILDS = {
  v1: { dir: path.join(DIST, 'v1'), id: 'e2e-v1' },
  v2: { dir: path.join(DIST, 'v2'), id: 'e2e-v2' },
} as const;
