/**
 * How long PDF保存 takes once the fonts are loaded (target: a full record
 * under 3 s on a 2-core machine). The comparisons in the same run show where
 * the time goes: the same record in English, an empty record, the blank
 * checklist, a record with very long texts (issue 9: an imported title of
 * 100,000 characters), and embedding the two main faces with a single
 * character.
 *   npx vitest bench --run --project unit tests/bench/pdf.bench.ts
 */
import fontkit from '@pdf-lib/fontkit';
import { bench, describe } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildRecord } from '@/features/record/record-model';
import { recordToPdf } from '@/features/record/pdf/export-pdf';
import { subsetPdfFonts } from '../../scripts/pdf-font-plugin';
import { LONG_TEXT, fullSource, longTextSource, translator } from '../record/full-record';

const fonts = await subsetPdfFonts();
const ja = translator('ja');
const en = translator('en');
const { incident, activity } = fullSource();
const fullJa = buildRecord({ incident, activity }, ja, 'ja');
const fullEn = buildRecord({ incident, activity }, en, 'en');
const empty = buildRecord({ incident: { ...incident, answers: {} }, activity: [] }, ja, 'ja');
const blank = buildRecord(null, ja, 'ja');
const long = buildRecord(longTextSource(LONG_TEXT), ja, 'ja');
const options = { iterations: 8, warmupIterations: 1 };

describe('PDF保存', () => {
  bench('full record → PDF', async () => {
    await recordToPdf(fullJa, fonts);
  }, options);

  bench('full record, English → PDF', async () => {
    await recordToPdf(fullEn, fonts);
  }, options);

  bench('full record with a 100,000-character title and 20,000/10,000-character answers → PDF', async () => {
    await recordToPdf(long, fonts);
  }, { iterations: 3, warmupIterations: 0 });

  bench('empty record → PDF', async () => {
    await recordToPdf(empty, fonts);
  }, options);

  bench('blank checklist → PDF', async () => {
    await recordToPdf(blank, fonts);
  }, options);

  bench('font embedding alone (the 2 main faces, 1 character)', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const [regular, bold] = await Promise.all([pdf.embedFont(fonts.regular[0]!, { subset: true }), pdf.embedFont(fonts.bold[0]!, { subset: true })]);
    pdf.addPage().drawText('記', { font: regular });
    pdf.getPage(0).drawText('録', { font: bold, y: 20 });
    await pdf.save();
  }, options);

  bench('buildRecord alone (the model, for scale)', () => {
    buildRecord({ incident, activity }, ja, 'ja');
  }, options);
});
