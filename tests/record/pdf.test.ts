/**
 * The PDF file of the record: made from the same RecordDoc as the HTML, with
 * the subset fonts the build makes, and read back with poppler's pdftotext to
 * prove the Japanese is real text and nothing is lost or doubled.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { checklist } from '@/checklist/definition';
import { GUIDANCE_BULLET } from '@/checklist/guidance';
import { keys } from '@/checklist/i18n-keys';
import { allItems, stepOfItem } from '@/checklist/lookup';
import { buildRecord, type RecordDoc } from '@/features/record/record-model';
import { DRAWN_BULLETS, recordToPdf } from '@/features/record/pdf/export-pdf';
import { pdfFileName } from '@/features/record/pdf/file-name';
import { safeFileNamePart } from '@/lib/files';
import { PageCursor, type Row } from '@/features/record/pdf/page-cursor';
import { breakUnits, wrapText } from '@/features/record/pdf/text-wrap';
import { shiftJisCharacters, subsetPdfFonts } from '../../scripts/pdf-font-plugin';
import { NA_REASON, TITLE, fullSource, translator } from './full-record';

let dir: string;
let fonts: Awaited<ReturnType<typeof subsetPdfFonts>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'record-pdf-'));
  fonts = await subsetPdfFonts();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(doc: RecordDoc, name: string) {
  const bytes = await recordToPdf(doc, fonts);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  if (process.env.PDF_OUT) writeFileSync(path.join(process.env.PDF_OUT, `${name}.pdf`), bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((page) => page.trim());
  return { bytes, file, text, pages };
}

/** pdftotext -layout spaces out columns: compare without white space. */
const squash = (text: string) => text.replace(/\s+/g, '');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the record as a PDF file', () => {
  it('has every answer once, the steps, the table of hearings and the activity log, as searchable Japanese text', async () => {
    const t = translator('ja');
    const { incident, activity, texts, naItem } = fullSource();
    const doc = buildRecord({ incident, activity }, t, 'ja');
    const { text, pages, bytes } = await pdfText(doc, 'full-ja');

    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`${i + 1} / ${pages.length}`);
      // The running header: title and detected-at on every page.
      expect(squash(page)).toContain(squash(TITLE));
      expect(page).toContain('2026/11/26 08:40');
    });

    const all = squash(text);
    for (const phase of checklist.phases) expect(all).toContain(squash(t(keys.phaseTitle(phase.id))));
    for (const phase of checklist.phases) {
      for (const step of phase.steps) expect(all, step.code).toContain(squash(`【${step.code}】${t(keys.stepTitle(step.code))}`));
    }
    expect(all).toContain('【2-14】');
    expect(all).toContain(squash(`${t('checklist.hearing.item')} ${t('checklist.hearing.content')}`));
    for (const key of ['record.recordedAt', 'record.occurredAt', 'record.what', 'record.value']) expect(all).toContain(t(key));

    // Every written text once in the answers (page 1 is the summary, which repeats a few); the activity log (after its heading) repeats them.
    expect(squash(pages[0]!)).toContain(squash(t('record.summary.heading')));
    const logHeading = squash(t('record.activity'));
    expect(count(all, logHeading)).toBe(1);
    const [answersPart, logPart] = squash(pages.slice(1).join('')).split(logHeading) as [string, string];
    expect(texts.length).toBeGreaterThan(80);
    for (const written of texts) expect(count(answersPart, squash(written)), written).toBe(1);
    // The log has a row per entry (its cells wrap, so only their starts are searched).
    expect(count(logPart, '【')).toBeGreaterThanOrEqual(activity.filter((e) => e.itemId).length);
    for (const item of allItems()) expect(logPart, item.id).toContain(`【${stepOfItem(item.id)!.code}】`);
    // Every item label is there, and nothing is left open.
    for (const item of allItems()) expect(answersPart, item.id).toContain(squash(t(keys.itemLabel(item.id))).slice(0, 12));
    expect(answersPart).not.toContain(`□${t('record.open')}`);
    expect(answersPart).toContain(squash(`${t('na.label')} ${t('na.reason')}: ${NA_REASON}`));
    expect(naItem.kind).toBe('checkboxGroup');
    // Answers of every other kind: tri-state words, checkbox options with their その他, dates, 記録 lines.
    expect(answersPart).toContain(t('triState.unknown'));
    expect(answersPart).toContain(squash(t('record.updated', { when: '2026/11/26 08:51 鈴木' })));
    expect(all).toContain('提案');
    // No character was missing from the font.
    expect(text).not.toContain('〓');
    expect(text).not.toContain('\ufffd');
    // Fonts are subset per document: the file stays small.
    expect(bytes.length).toBeLessThan(1_500_000);
    const fontsList = execFileSync('pdffonts', [path.join(dir, 'full-ja.pdf')], { encoding: 'utf8' });
    expect(fontsList).toMatch(/BIZUDPGothic-Regular.*CID TrueType.*yes/);
    expect(fontsList).toMatch(/BIZUDPGothic-Bold.*CID TrueType.*yes/);
    const info = execFileSync('pdfinfo', [path.join(dir, 'full-ja.pdf')], { encoding: 'utf8' });
    expect(info).toContain(`Title:           ${TITLE}`);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  }, 60_000);

  it('is drawn in English from the English record', async () => {
    const { incident, activity } = fullSource();
    const t = translator('en');
    const { text } = await pdfText(buildRecord({ incident, activity }, t, 'en'), 'full-en');
    const all = squash(text);
    expect(all).toContain(squash(t('record.kind')));
    expect(all).toContain(squash(t('record.activity')));
    expect(all).toContain(squash(`【2-14】${t(keys.stepTitle('2-14'))}`));
  }, 60_000);

  it('draws an empty record with every item open and the blank checklist with guidance and lines to write on', async () => {
    const t = translator('ja');
    const { incident } = fullSource();
    const empty = await pdfText(buildRecord({ incident: { ...incident, answers: {} }, activity: [] }, t, 'ja'), 'empty');
    const [answersPart] = squash(empty.pages.slice(1).join('')).split(squash(t('record.activity'))) as [string];
    expect(count(answersPart, `□${t('record.open')}`)).toBe(allItems().length);

    const blank = await pdfText(buildRecord(null, t, 'ja'), 'blank');
    const all = squash(blank.text);
    expect(all).toContain(squash(t('record.blankKind')));
    expect(all).toContain(squash(t(keys.guidance('2-14', 'vendorNote'))));
    // Each guidance line with the bullet of its kind (checklist/guidance.ts): drawn where the fonts lack it, else as text.
    const doc = buildRecord(null, t, 'ja');
    for (const g of doc.phases.flatMap((p) => p.steps.flatMap((s) => s.guidance))) {
      if (g.bullet && !DRAWN_BULLETS[g.bullet]) expect(all).toContain(squash(`${g.bullet}${g.text.slice(0, 12)}`));
    }
    // A drawn marker stands for a bullet the checklist uses.
    for (const drawn of Object.keys(DRAWN_BULLETS)) expect(Object.values(GUIDANCE_BULLET)).toContain(drawn);
    expect(all).toContain(squash(t('checklist.hearing.point')));
    expect(all).not.toContain(t('record.incomplete'));
    expect(all).not.toContain(squash(t('record.activity')));
    blank.pages.forEach((page, i) => expect(page).toContain(`${i + 1} / ${blank.pages.length}`));
  }, 60_000);

  it('shows 未完了 for a half-written answer', async () => {
    const t = translator('ja');
    const { incident } = fullSource();
    const approval = allItems().find((item) => item.kind === 'approval')!;
    const answers = { [approval.id]: { value: { approver: '院長', at: '', comment: '' }, updatedAt: incident.detectedAt, updatedBy: '田中' } };
    const { text: out } = await pdfText(buildRecord({ incident: { ...incident, answers }, activity: [] }, t, 'ja'), 'partial');
    expect(squash(out)).toContain(squash(`□ ${t('record.incomplete')}`));
  }, 60_000);
});

describe('line breaking', () => {
  // Full-width characters are 1 wide, everything else ½.
  const measure = (s: string) => Array.from(s).reduce((w, c) => w + (c.codePointAt(0)! > 0x2e80 ? 1 : 0.5), 0);

  it('breaks Japanese anywhere, keeps English words whole and drops the spaces at a break', () => {
    const input = '電子カルテが閲覧できない。Please check the VPN appliance logs now.';
    const lines = wrapText(input, 10, measure);
    expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
    expect(lines.some((line) => /\bPlea$|^se\b/.test(line))).toBe(false);
    for (const word of ['Please', 'check', 'appliance', 'logs']) expect(lines.some((line) => line.includes(word))).toBe(true);
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('keeps 。、」） off the start of a line and （「 off its end', () => {
    // 9 characters fit; the 10th is 。, so the last character moves down with it.
    const lines = wrapText('あいうえおかきくけ。こさしすせ', 9, measure);
    expect(lines[0]).toBe('あいうえおかきく');
    expect(lines[1]!.startsWith('け。')).toBe(true);
    const open = wrapText('あいうえおかきく「けこ」', 9, measure);
    expect(open[0]!.endsWith('「')).toBe(false);
    for (const line of wrapText('（例）サーバ、端末、ネットワーク機器（ルータ）を確認した。', 5, measure)) {
      expect(line).not.toMatch(/^[、。」）]/);
      expect(line).not.toMatch(/[（「]$/);
    }
    expect(breakUnits('ウェア。')).toEqual(['ウェ', 'ア。']);
  });

  it('keeps explicit line breaks and breaks a word longer than the line', () => {
    expect(wrapText('一行目\n\n三行目', 20, measure)).toEqual(['一行目', '', '三行目']);
    const url = 'https://example.com/a-very-long-path/that/does/not/fit';
    const lines = wrapText(`ログ ${url}`, 12, measure);
    expect(lines.join('')).toBe(`ログ${url}`);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(12);
    expect(wrapText('ラベルの後ろに続く文章です', 6, measure, 3)[0]).toBe('ラベル');
  });
});

describe('page breaks', () => {
  // Pages 100 high; each row notes which page and y it was drawn at.
  const setup = () => {
    const drawn: { name: string; page: number; top: number }[] = [];
    let count = 0;
    const cursor = new PageCursor(() => ++count, 100, 0);
    const row = (name: string, height = 10, collapsible = false): Row<number> => ({
      height,
      collapsible,
      draw: (page, top) => drawn.push({ name, page, top }),
    });
    const where = (name: string) => drawn.find((d) => d.name === name);
    return { cursor, row, drawn, where };
  };

  it('moves an item that does not fit to the next page, with its heading', () => {
    const { cursor, row, where } = setup();
    cursor.place([row('a', 70)]);
    cursor.keepWithNext([row('gap', 5, true), row('heading')]);
    cursor.place([row('b1'), row('b2'), row('b3')]);
    expect(where('heading')).toEqual({ name: 'heading', page: 2, top: 100 });
    expect(where('gap')).toBeUndefined(); // dropped at the top of a page
    expect(where('b3')).toEqual({ name: 'b3', page: 2, top: 70 });
    expect(cursor.finish()).toEqual([1, 2]);
  });

  it('breaks an item longer than a page between its rows, and repeats a table header', () => {
    const { cursor, row, drawn } = setup();
    cursor.place([row('top', 40)]);
    const head = [row('head')];
    cursor.keepWithNext(head);
    cursor.place([row('r0', 20)]);
    cursor.startRepeat(head);
    cursor.place(Array.from({ length: 12 }, (_, i) => row(`r${i + 1}`)));
    cursor.endRepeat();
    const pages = drawn.map((d) => `${d.page}:${d.name}`);
    expect(pages.slice(0, 4)).toEqual(['1:top', '1:head', '1:r0', '1:r1']);
    expect(pages).toContain('2:head');
    expect(drawn.filter((d) => d.name === 'head')).toHaveLength(2);
    expect(drawn.find((d) => d.name === 'r12')!.page).toBe(2);
  });
});

describe('the file name', () => {
  const doc = (title: string, detectedAt?: string, blank = false) =>
    ({ blank, title, detectedAt });
  const names = { blank: 'インシデントチェックリスト_記入用.pdf', untitled: 'インシデント対応記録' };

  it('is the detected-at date in Japan time and the title', () => {
    expect(pdfFileName(doc('電子カルテ停止', '2026-11-25T16:30:00.000Z'), names)).toBe('2026-11-26_電子カルテ停止.pdf');
    expect(pdfFileName(doc('電子カルテ停止', '2026-11-25T14:59:00.000Z'), names)).toBe('2026-11-25_電子カルテ停止.pdf');
  });

  it('drops characters file systems refuse and never ends in a dot', () => {
    expect(pdfFileName(doc('VPN: 侵入?/"調査"<中>|*\\', '2026-11-26T01:00:00.000Z'), names)).toBe('2026-11-26_VPN 侵入 調査 中.pdf');
    expect(safeFileNamePart(' ..隠し\u202eファイル.. ')).toBe('隠し ファイル');
    expect(pdfFileName(doc('///', '2026-11-26T01:00:00.000Z'), names)).toBe('2026-11-26_インシデント対応記録.pdf');
    expect(Array.from(safeFileNamePart('長'.repeat(200)))).toHaveLength(60);
  });

  it('has a fixed name for the blank checklist', () => {
    expect(pdfFileName(doc('', undefined, true), names)).toBe('インシデントチェックリスト_記入用.pdf');
  });
});

describe('the font subset', () => {
  it('draws every glyph after pdf-lib subsets it again for one document (glyph records are padded)', async () => {
    const samples = ['検知日時 インシデント対応記録 Bold and regular 0123', '𠮷⺟⼀🄰 ☑'];
    const faces = [...fonts.regular, ...fonts.bold];
    expect(faces).toHaveLength(4);
    for (const [i, face] of faces.entries()) {
      const render = async (subset: boolean) => {
        const pdf = await PDFDocument.create();
        pdf.registerFontkit(fontkit);
        const font = await pdf.embedFont(face, { subset });
        const sample = Array.from(samples[i % 2 ? 1 : 0]!.replace(/ /g, '')).filter((c) => font.getCharacterSet().includes(c.codePointAt(0)!)).join('');
        expect(sample.length, `face ${i}`).toBeGreaterThan(2);
        pdf.addPage([600, 60]).drawText(sample, { x: 10, y: 20, size: 22, font });
        const file = path.join(dir, `glyphs-${i}-${subset}`);
        writeFileSync(`${file}.pdf`, await pdf.save());
        execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', `${file}.pdf`, file]);
        return readFileSync(`${file}.pgm`);
      };
      // Few glyphs make pdf-lib write a short loca, which broke odd-length glyphs: the subset must look like the whole font.
      expect(Buffer.compare(await render(true), await render(false)), `face ${i}`).toBe(0);
    }
  }, 60_000);

  it('has all of Shift_JIS in the main faces, and in the faces for the rest only what the main faces lack', () => {
    const sets = [...fonts.regular, ...fonts.bold].map((bytes) => new Set(fontkit.create(Buffer.from(bytes)).characterSet));
    const [regular, regularRest, bold, boldRest] = sets as [Set<number>, Set<number>, Set<number>, Set<number>];
    for (const main of [regular, bold]) {
      const missing = [...shiftJisCharacters()].filter((code) => !main.has(code));
      expect(missing.map((code) => code.toString(16))).toEqual([]);
      for (const c of 'あアｱ亜腕弌熙髙﨑𩸽①→・□■✓【】「」、。〓') expect(main.has(c.codePointAt(0)!), c).toBe(true);
    }
    expect(regular.size).toBeGreaterThan(11_000);
    for (const [main, rest] of [[regular, regularRest], [bold, boldRest]] as const) {
      expect(rest.has(0x20bb7)).toBe(true); // 𠮷
      expect(rest.size).toBeGreaterThan(4_000);
      // The subsetter keeps one more (≅, U+2245): a few may be in both, and the main face draws them.
      expect([...rest].filter((code) => code > 0x20 && main.has(code)).length).toBeLessThan(5);
    }
  });
});
