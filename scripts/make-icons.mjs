// Renders public/favicon.svg into the PNG icons the web app manifest needs
// (192, 512 and a maskable 512 with a safe-zone margin). Run once after the
// SVG changes: node scripts/make-icons.mjs (needs /usr/bin/chromium).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const icons = [
  { file: 'pwa-192.png', size: 192, inset: 0 },
  { file: 'pwa-512.png', size: 512, inset: 0 },
  { file: 'maskable-512.png', size: 512, inset: 0.12 },
];
for (const { file, size, inset } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;background:#1f3a5f"><div style="padding:${pad}px;width:${size}px;height:${size}px;box-sizing:border-box">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname });
}
await browser.close();
