/**
 * The fonts of the PDF file (src/features/record/pdf), made at build time.
 *
 * Each weight has two faces, tried in order for every character:
 * - BIZ UDPGothic (OFL-1.1, 4.5 MB each), with every character it has:
 *   JIS X 0208 and 0213 (𩸽), the CP932 extensions (髙 﨑), Latin, Greek,
 *   Cyrillic, kana, symbols;
 * - Noto Sans JP (OFL-1.1, 5.5 MB each), with only the characters BIZ
 *   UDPGothic lacks: more kanji (𠮷 and the rest of Adobe-Japan1), radicals,
 *   enclosed letters and more symbols.
 * What neither has (emoji, most of all) the typesetter writes as U+XXXX.
 * Layout tables and hinting are dropped: pdf-lib draws glyphs by their
 * advance widths only, and PDF viewers render without TrueType hinting.
 * Every glyph is then padded to a 4-byte boundary (see `padGlyphs`).
 *
 * The subsets are cached in node_modules/.cache/pdf-fonts/ under a hash of the
 * input font, the character set and the options, so only the first build pays
 * for them. The build emits them as assets/fonts/*.ttf (precached by the
 * service worker with the other ttf files); the dev server serves them from
 * the cache. The app reads their URLs from `virtual:pdf-fonts`; tests and the
 * bench take the bytes from `subsetPdfFonts()`, the same code path.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type SubsetFont = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'truetype'; noLayoutClosure?: boolean; noHinting?: boolean; dropTables?: string[]; preserveNameIds?: number[] },
) => Promise<Buffer>;
type Fontkit = { create: (font: Buffer) => { characterSet: number[] } };

const require = createRequire(import.meta.url);
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VIRTUAL_ID = 'virtual:pdf-fonts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PREFIX = '/@pdf-fonts/';
/** Bump to make every cached subset stale (e.g. after changing how they are made). */
const RECIPE_VERSION = 3;

const SUBSET_OPTIONS = {
  targetFormat: 'truetype',
  noLayoutClosure: true,
  noHinting: true,
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'DSIG', 'gasp', 'STAT'],
  // Copyright, names, version, trademark, licence and licence URL: the OFL asks
  // that the notice travels with the font.
  preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 13, 14],
} as const;

export type Weight = 'regular' | 'bold';
type FaceSpec = { weight: Weight; source: string; name: string };
/** In order: for each weight, the main face, then the one for the rest (which gets only what the faces before it lack). */
export const PDF_FONT_FACES: readonly FaceSpec[] = [
  {
    weight: 'regular',
    source: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
    name: 'biz-udpgothic-regular-subset',
  },
  {
    weight: 'bold',
    source: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
    name: 'biz-udpgothic-bold-subset',
  },
  {
    weight: 'regular',
    source: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    name: 'noto-sans-jp-regular-rest',
  },
  {
    weight: 'bold',
    source: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
    name: 'noto-sans-jp-bold-rest',
  },
];
/** The licence texts the build puts beside the fonts. */
const LICENSES = [
  { fileName: 'OFL-BIZUDPGothic.txt', source: '@expo-google-fonts/biz-udpgothic/LICENSE_FONT' },
  { fileName: 'OFL-NotoSansJP.txt', source: '@expo-google-fonts/noto-sans-jp/LICENSE_FONT' },
];

/**
 * Every character of Shift_JIS: each two-byte code decoded with the WHATWG
 * decoder (which is CP932: JIS X 0208 plus the NEC and IBM extensions). The
 * user-defined area (lead bytes F0–F9) decodes to private-use code points and
 * is left out. The main faces must have all of these (a test checks).
 */
export function shiftJisCharacters(): Set<number> {
  const decoder = new TextDecoder('shift_jis');
  const out = new Set<number>();
  const bytes = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      bytes[0] = lead;
      bytes[1] = trail;
      const text = decoder.decode(bytes);
      const code = text.codePointAt(0);
      if (code === undefined || text.length !== 1 || code === 0xfffd) continue;
      if (code >= 0xe000 && code <= 0xf8ff) continue;
      out.add(code);
    }
  }
  return out;
}

const isPrivateUse = (code: number) => (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000;

/** The code points a font maps, without control characters and private use. */
function fontCharacters(font: Buffer): Set<number> {
  const fontkit = require('@pdf-lib/fontkit') as Fontkit;
  return new Set(fontkit.create(font).characterSet.filter((code) => code >= 0x20 && !isPrivateUse(code)));
}

export type PdfFontFile = { weight: Weight; fileName: string; bytes: Uint8Array };

const pending = new Map<string, Promise<PdfFontFile[]>>();

/**
 * The subset fonts, in the order of PDF_FONT_FACES, from the cache when the
 * input font, the character set and the recipe are unchanged. Writes go
 * through a temporary file and a rename, so parallel builds never read half a
 * font.
 */
export function subsetPdfFontFiles(options: { root?: string } = {}): Promise<PdfFontFile[]> {
  const root = options.root ?? PROJECT_ROOT;
  let result = pending.get(root);
  if (!result) {
    result = makeFontFiles(root);
    pending.set(root, result);
    result.catch(() => pending.delete(root));
  }
  return result;
}

/** The subset fonts as bytes, each weight's faces in order: what the app fetches, for tests and the bench. */
export async function subsetPdfFonts(options: { root?: string } = {}): Promise<Record<Weight, Uint8Array[]>> {
  const files = await subsetPdfFontFiles(options);
  const of = (weight: Weight) => files.filter((file) => file.weight === weight).map((file) => file.bytes);
  return { regular: of('regular'), bold: of('bold') };
}

async function makeFontFiles(root: string): Promise<PdfFontFile[]> {
  const cacheDir = path.join(root, 'node_modules', '.cache', 'pdf-fonts');
  const subsetFont = require('subset-font') as SubsetFont;
  const subsetVersion = (require('subset-font/package.json') as { version: string }).version;
  await mkdir(cacheDir, { recursive: true });
  const inputs = await Promise.all(PDF_FONT_FACES.map((face) => readFile(require.resolve(face.source))));
  const sets = inputs.map(fontCharacters);
  return Promise.all(
    PDF_FONT_FACES.map(async (face, i): Promise<PdfFontFile> => {
      const input = inputs[i]!;
      // A face for the rest has only what the faces before it (of its weight) lack.
      const before = PDF_FONT_FACES.flatMap((other, j) => (j < i && other.weight === face.weight ? [sets[j]!] : []));
      const codes = [...sets[i]!].filter((code) => !before.some((set) => set.has(code))).sort((a, b) => a - b);
      const characters = String.fromCodePoint(...codes);
      const hash = createHash('sha256')
        .update(input)
        .update(characters)
        .update(JSON.stringify({ RECIPE_VERSION, SUBSET_OPTIONS, subsetVersion }))
        .digest('hex')
        .slice(0, 12);
      const fileName = `${face.name}-${hash}.ttf`;
      const cached = path.join(cacheDir, fileName);
      const file = (bytes: Uint8Array): PdfFontFile => ({ weight: face.weight, fileName, bytes });
      try {
        return file(new Uint8Array(await readFile(cached)));
      } catch {
        // Not cached yet: make it.
      }
      const subset = await subsetFont(input, characters, {
        ...SUBSET_OPTIONS,
        dropTables: [...SUBSET_OPTIONS.dropTables],
        preserveNameIds: [...SUBSET_OPTIONS.preserveNameIds],
      });
      const output = padGlyphs(new Uint8Array(subset));
      const temporary = `${cached}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, output);
      await rename(temporary, cached);
      // Older subsets of this face (another font version or recipe) are dead weight now.
      const stale = (await readdir(cacheDir)).filter((f) => f.startsWith(`${face.name}-`) && f.endsWith('.ttf') && f !== fileName);
      await Promise.all(stale.map((f) => rm(path.join(cacheDir, f), { force: true })));
      return file(output);
    }),
  );
}

/**
 * The font with every glyph record padded to a multiple of 4 bytes (and a
 * long `loca`). Why: pdf-lib's per-document subsetter (@pdf-lib/fontkit
 * TTFSubset) copies glyph records as they are and writes a short `loca` (byte
 * offset / 2) whenever its glyph data stays under 64 KB, so after the first
 * odd-length glyph every later glyph points one byte off and is drawn empty.
 * BIZ UDPGothic has odd-length glyphs (half of them); padded, they are safe.
 */
export function padGlyphs(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`Font has no ${tag} table`);
    return found;
  };
  const head = table('head');
  const loca = table('loca');
  const glyf = table('glyf');
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const offsetAt = (i: number) => (longLoca ? view.getUint32(loca.offset + i * 4) : view.getUint16(loca.offset + i * 2) * 2);

  const glyphs: Uint8Array[] = [];
  const newLoca = new DataView(new ArrayBuffer((numGlyphs + 1) * 4));
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    const start = offsetAt(i);
    const length = offsetAt(i + 1) - start;
    const padded = new Uint8Array(length ? Math.ceil(length / 4) * 4 : 0);
    padded.set(font.subarray(glyf.offset + start, glyf.offset + start + length));
    glyphs.push(padded);
    newLoca.setUint32(i * 4, at);
    at += padded.length;
  }
  newLoca.setUint32(numGlyphs * 4, at);
  const newGlyf = new Uint8Array(at);
  let cursor = 0;
  for (const glyph of glyphs) {
    newGlyf.set(glyph, cursor);
    cursor += glyph.length;
  }
  const newHead = font.slice(head.offset, head.offset + head.length);
  new DataView(newHead.buffer).setInt16(50, 1); // indexToLocFormat: long
  new DataView(newHead.buffer).setUint32(8, 0); // checkSumAdjustment, set below

  const data = new Map<string, Uint8Array>();
  for (const [tag, { offset, length }] of tables) data.set(tag, font.subarray(offset, offset + length));
  data.set('head', newHead);
  data.set('loca', new Uint8Array(newLoca.buffer));
  data.set('glyf', newGlyf);
  return writeSfnt(view.getUint32(0), data);
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(version: number, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + tags.length * 16;
  const total = headerLength + tags.reduce((sum, tag) => sum + Math.ceil(tables.get(tag)!.length / 4) * 4, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, version);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(bytes));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, bytes.length);
    out.set(bytes, offset);
    if (tag === 'head') headOffset = offset;
    offset += Math.ceil(bytes.length / 4) * 4;
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * `virtual:pdf-fonts` → `{ regular: [url, url], bold: [url, url] }` (each
 * weight's faces in order). In a build the fonts are emitted as
 * assets/fonts/<name>-<hash>.ttf (with the OFL texts beside them); the dev server serves them from the cache under /@pdf-fonts/.
 * Nothing is subset until the module is first imported.
 */
export function pdfFonts(): Plugin {
  let root = PROJECT_ROOT;
  let build = false;
  return {
    name: 'pdf-fonts',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = await subsetPdfFontFiles({ root });
      const urls = files.map((file) => {
        if (!build) return JSON.stringify(DEV_PREFIX + file.fileName);
        const ref = this.emitFile({ type: 'asset', fileName: `assets/fonts/${file.fileName}`, source: file.bytes });
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      if (build) {
        for (const license of LICENSES) {
          this.emitFile({ type: 'asset', fileName: `assets/fonts/${license.fileName}`, source: await readFile(require.resolve(license.source)) });
        }
      }
      const of = (weight: Weight) => `[${urls.filter((_, i) => files[i]!.weight === weight).join(', ')}]`;
      return `export default { regular: ${of('regular')}, bold: ${of('bold')} };\n`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PREFIX, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        subsetPdfFontFiles({ root })
          .then((files) => {
            const file = files.find((f) => f.fileName === name);
            if (!file) return next();
            res.setHeader('Content-Type', 'font/ttf');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(Buffer.from(file.bytes));
          })
          .catch(next);
      });
    },
  };
}
