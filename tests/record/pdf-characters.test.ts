/**
 * Characters outside JIS X 0208 in the PDF (issue 9, defect 11): names such
 * as 𠮷野 and 髙﨑 and fish such as 𩸽 must print as typed, as the browser's
 * print does; what no embedded font has (emoji) is written as its code point
 * and a note on the record says so, never a bare 〓.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFPage, type PDFFont } from 'pdf-lib';
import { allItems } from '@/checklist/lookup';
import { buildRecord, type RecordDoc } from '@/features/record/record-model';
import { recordToPdf } from '@/features/record/pdf/export-pdf';
import { subsetPdfFonts } from '../../scripts/pdf-font-plugin';
import { fullSource, translator } from './full-record';

let dir: string;
let fonts: Awaited<ReturnType<typeof subsetPdfFonts>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'record-pdf-chars-'));
  fonts = await subsetPdfFonts();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The record with these texts as its title, recorder and answers to a person item and a text item. */
function recordWith(texts: { title: string; recorder: string; person: string; text: string }, lang: 'ja' | 'en' = 'ja'): RecordDoc {
  const { incident } = fullSource();
  const person = allItems().find((item) => item.kind === 'person')!;
  const text = allItems().find((item) => item.kind === 'text')!;
  const answer = (value: string) => ({ value, updatedAt: incident.detectedAt, updatedBy: texts.recorder });
  const answers = { [person.id]: answer(texts.person), [text.id]: answer(texts.text) };
  return buildRecord({ incident: { ...incident, title: texts.title, recorder: texts.recorder, answers }, activity: [] }, translator(lang), lang);
}

/** The PDF, what pdftotext reads in it, and every drawText call with the characters its font lacks. */
async function makePdf(doc: RecordDoc, name: string) {
  const runs: { text: string; font: string; lacking: string[] }[] = [];
  const drawText = PDFPage.prototype.drawText;
  vi.spyOn(PDFPage.prototype, 'drawText').mockImplementation(function (this: PDFPage, text, options) {
    const font = options?.font as PDFFont;
    const has = new Set(font.getCharacterSet());
    runs.push({ text, font: font.name, lacking: Array.from(text).filter((c) => !has.has(c.codePointAt(0)!)) });
    drawText.call(this, text, options);
  });
  const bytes = await recordToPdf(doc, fonts);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const fontList = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { text, runs, fontList, pages: text.split('\f').filter((page) => page.trim()) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('characters outside JIS X 0208 in the PDF', () => {
  it('draws 𠮷, 𩸽, 髙 and 﨑 as themselves and writes 😀 as U+1F600, with a note saying so', async () => {
    const t = translator('ja');
    const doc = recordWith({ title: '𠮷野家の端末停止😀', recorder: '髙﨑 𠮷男', person: '𠮷野家 花子', text: '𩸽の干物😀を確認😀' });
    const { text, runs, fontList, pages } = await makePdf(doc, 'characters');
    const all = squash(text);

    for (const word of ['𠮷野家の端末停止', '髙﨑𠮷男', '𠮷野家花子', '𩸽の干物']) expect(all, word).toContain(word);
    expect(all).toContain('𠮷野家の端末停止U+1F600');
    expect(all).toContain('𩸽の干物U+1F600を確認U+1F600');
    expect(text).not.toContain('〓');
    expect(text).not.toContain('😀');
    // Every character went to a font that has it: none is drawn as the empty .notdef box.
    expect(runs.filter((run) => run.lacking.length)).toEqual([]);
    for (const c of ['𠮷', '𩸽', '髙', '﨑']) expect(runs.some((run) => run.text.includes(c)), c).toBe(true);
    expect(fontList).toMatch(/BIZUDPGothic-Regular/);
    expect(fontList).toMatch(/BIZUDPGothic-Bold/);
    expect(fontList).toMatch(/NotoSansJP/);
    // The note, once, on the last page: one kind of character (😀, three times) could not be drawn.
    const note = squash(t('record.pdfFile.undrawable', { count: 1 }));
    expect(note).toContain('U+XXXX');
    expect(all.split(note)).toHaveLength(2);
    expect(squash(pages.at(-1)!)).toContain(note);
  }, 60_000);

  it('counts different missing characters in the note, in English too, and drops invisible ones without a word', async () => {
    const t = translator('en');
    const doc = recordWith({ title: 'Outage', recorder: 'Sato', person: 'Ito 🙏', text: 'ok😀 ok👍🏽 葛\u{E0100}飾 zero\u200bwidth' }, 'en');
    const { text } = await makePdf(doc, 'characters-en');
    const all = squash(text);
    expect(all).toContain('Ito U+1F64F'.replace(/ /g, ''));
    expect(all).toContain('okU+1F600okU+1F44DU+1F3FD葛飾zerowidth');
    expect(all).not.toContain('U+E0100');
    expect(all).not.toContain('U+200B');
    expect(all).toContain(squash(t('record.pdfFile.undrawable', { count: 4 })));
  }, 60_000);

  it('has no note when every character could be drawn', async () => {
    const t = translator('ja');
    const { text } = await makePdf(recordWith({ title: '𩸽', recorder: '髙﨑', person: '𠮷野', text: '記入' }), 'no-note');
    for (const word of ['𩸽', '髙﨑', '𠮷野']) expect(squash(text)).toContain(word);
    expect(squash(text)).not.toContain(squash(t('record.pdfFile.undrawable', { count: 1 })).slice(0, 12));
    expect(text).not.toContain('U+');
  }, 60_000);
});
