/**
 * The subset PDF fonts (BIZ UDPGothic and Noto Sans JP for the rest, two
 * weights each), from the app's own origin: the build emits
 * them under assets/fonts/ and the service worker precaches them, so this
 * works offline. Loaded once per page and kept.
 */
import urls from 'virtual:pdf-fonts';
import type { PdfFonts } from './export-pdf';

let loading: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([Promise.all(urls.regular.map(fetchFont)), Promise.all(urls.bold.map(fetchFont))]).then(([regular, bold]) => ({ regular, bold }));
  // A failed load is not kept: the next press tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
