/**
 * PDF保存 of a record with very long texts (issue 9, defect 7): an imported
 * title of 100,000 characters froze the page for 90 s, because the running
 * header's … was found by measuring ever shorter copies of the whole title.
 * The PDF must come in seconds, with the title in full under the heading, cut
 * with … in the running header, and the long answers wrapped and complete.
 * How much text is measured must grow with the text, not with its square.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFFont } from 'pdf-lib';
import { buildRecord } from '@/features/record/record-model';
import { recordToPdf } from '@/features/record/pdf/export-pdf';
import { sideBySide, type Line } from '@/features/record/pdf/lines';
import { ITEM_VALUE, S, WIDTH } from '@/features/record/pdf/pdf-style';
import { Typesetter, type TextStyle } from '@/features/record/pdf/typeset';
import { subsetPdfFonts } from '../../scripts/pdf-font-plugin';
import { LONG_TEXT, longTextSource, translator, type LongTextSizes } from './full-record';

let dir: string;
let fonts: Awaited<ReturnType<typeof subsetPdfFonts>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'record-pdf-long-'));
  fonts = await subsetPdfFonts();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const t = translator('ja');
const longRecord = (sizes: LongTextSizes) => {
  const source = longTextSource(sizes);
  return { ...source, doc: buildRecord(source, t, 'ja') };
};

/** Consecutive lines that together are `text` (spaces at line breaks are dropped by the wrapper). */
function linesOf(lines: string[], text: string): string[] {
  const start = lines.findIndex((line) => line.length > 0 && text.startsWith(line));
  expect(start, `no line starts ${text.slice(0, 20)}…`).toBeGreaterThanOrEqual(0);
  const flat = text.replace(/ /g, '');
  const out: string[] = [];
  let joined = '';
  for (let i = start; i < lines.length && joined.length < flat.length; i++) {
    out.push(lines[i]!);
    joined += lines[i]!.replace(/ /g, '');
  }
  expect(joined === flat, `the lines from ${start} are not the text`).toBe(true);
  return out;
}

describe('the PDF of a record with a 100,000-character title and long answers', () => {
  it('is made in seconds, with the title in full, … in the running header and the answers wrapped and complete', async () => {
    const { doc, title, answer, unbroken } = longRecord(LONG_TEXT);
    const drawn: { text: string; style: TextStyle; width: number }[] = [];
    const draw = Typesetter.prototype.draw;
    vi.spyOn(Typesetter.prototype, 'draw').mockImplementation(function (this: Typesetter, page, text, x, top, style) {
      drawn.push({ text, style, width: this.width(text, style.weight, style.size) });
      draw.call(this, page, text, x, top, style);
    });

    const started = performance.now();
    const bytes = await recordToPdf(doc, fonts);
    const seconds = (performance.now() - started) / 1000;
    console.info(`PDF of the long record: ${seconds.toFixed(2)} s, ${bytes.length} bytes`);
    // Issue 9 asks for 3 s; the bound leaves room for a slow, busy machine (it took 90 s).
    expect(seconds).toBeLessThan(15);

    const drawnIn = (style: TextStyle) => drawn.filter((d) => d.style === style);
    // Under the heading: the whole title, wrapped to the page.
    const titleLines = drawnIn(S.title);
    expect(titleLines.map((d) => d.text).join('').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
    for (const line of titleLines) expect(line.width).toBeLessThanOrEqual(WIDTH + 0.01);
    // The running header: the start of the title and …, on every page.
    const headers = drawnIn(S.running);
    const file = path.join(dir, 'long.pdf');
    writeFileSync(file, bytes);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(100);
    expect(headers).toHaveLength(pages);
    const header = headers[0]!.text;
    expect(header.endsWith('…')).toBe(true);
    expect(header.length).toBeGreaterThan(20);
    expect(title.startsWith(header.slice(0, -1))).toBe(true);
    expect(headers[0]!.width).toBeLessThan(WIDTH);
    for (const h of headers) expect(h.text).toBe(header);
    // The answers: every character, on lines no wider than the answer column.
    const body = drawnIn(S.body);
    const bodyText = body.map((d) => d.text);
    for (const text of [answer, unbroken]) {
      const lines = linesOf(bodyText, text);
      expect(lines.length).toBeGreaterThan(text.length / 80);
      const widths = body.filter((d) => lines.includes(d.text)).map((d) => d.width);
      expect(Math.max(...widths)).toBeLessThanOrEqual(ITEM_VALUE + 0.01);
    }

    // And the file says so too: pdftotext finds the cut title on every page and the unbroken line in pieces.
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pageTexts = text.split('\f').filter((page) => page.trim());
    expect(pageTexts).toHaveLength(pages);
    for (const page of pageTexts) expect(page).toContain(header);
    for (const line of linesOf(bodyText, unbroken)) expect(text).toContain(line);
  }, 120_000);

  it('measures text in proportion to its length (ten times the text, at most twelve times the measuring)', async () => {
    // Characters measured by the typesetter and by pdf-lib, for a record made with `sizes`.
    const measured = async (sizes: LongTextSizes) => {
      let chars = 0;
      const width = Typesetter.prototype.width;
      const spy = vi.spyOn(Typesetter.prototype, 'width').mockImplementation(function (this: Typesetter, text, weight, size) {
        chars += text.length;
        return width.call(this, text, weight, size);
      });
      const widthOfTextAtSize = PDFFont.prototype.widthOfTextAtSize;
      const fontSpy = vi.spyOn(PDFFont.prototype, 'widthOfTextAtSize').mockImplementation(function (this: PDFFont, text, size) {
        chars += text.length;
        return widthOfTextAtSize.call(this, text, size);
      });
      await recordToPdf(longRecord(sizes).doc, fonts);
      spy.mockRestore();
      fontSpy.mockRestore();
      return chars;
    };
    const scaled = (factor: number): LongTextSizes => ({
      title: LONG_TEXT.title * factor,
      answer: LONG_TEXT.answer * factor,
      unbroken: LONG_TEXT.unbroken * factor,
    });
    // Differences between sizes take off the rest of the record, the same in all three.
    const [tiny, small, large] = [await measured(scaled(0.001)), await measured(scaled(0.01)), await measured(scaled(0.1))];
    console.info(`characters measured for a title of 100, 1,000 and 10,000 characters (and answers to scale): ${tiny}, ${small}, ${large}`);
    expect(small - tiny).toBeGreaterThan(0);
    expect((large - small) / (small - tiny)).toBeLessThanOrEqual(12);
  }, 120_000);

  it('cuts cells of 20,000 lines side by side into slices in one sweep', () => {
    // A cell of the activity log is ~20 characters wide: 400,000 characters of text are 20,000 lines.
    const drawn: string[] = [];
    const column = (name: string, count: number, height: number): Line[] =>
      Array.from({ length: count }, (_, i) => ({ height, draw: () => drawn.push(`${name}${i}`) }));
    const started = performance.now();
    const slices = sideBySide([
      { dx: 0, lines: column('a', 20_000, 14) },
      { dx: 100, lines: column('b', 20_000, 14) },
      { dx: 200, lines: column('c', 5_000, 28) },
    ]);
    const ms = performance.now() - started;
    // It took 7.6 s when every candidate cut searched every line.
    expect(ms).toBeLessThan(1500);
    // A line of c spans two of a and b: 5,000 slices of 28 pt, then 10,000 of 14 pt.
    expect(slices).toHaveLength(15_000);
    expect(slices.reduce((sum, slice) => sum + slice.height, 0)).toBeCloseTo(280_000);
    // Each line is drawn once, in its slice.
    for (const slice of slices) slice.draw(undefined as never, 0, 0);
    expect(drawn).toHaveLength(45_000);
    expect(new Set(drawn).size).toBe(45_000);
    expect(drawn.slice(0, 5)).toEqual(['a0', 'a1', 'b0', 'b1', 'c0']);
  });
});
