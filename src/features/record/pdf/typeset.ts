/**
 * Text in the PDF: the embedded faces, widths from a per-character cache,
 * wrapping and drawing. Each weight has its faces in order (BIZ UDPGothic,
 * then Noto Sans JP for the rest, then the other weight's); every character
 * is drawn in the first face that has it. Characters no face has never reach
 * pdf-lib (which would draw the .notdef box): a few symbols get a look-alike,
 * control and invisible characters are dropped, anything else is written as
 * its code point, U+1F600, and remembered (`missing`) for the note that says
 * so at the end of the record.
 *
 * Every measurement goes through `width`, one character or one string at a
 * time, so the work is in proportion to the text (a test counts it).
 */
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { wrapText } from './text-wrap';

export type Weight = 'regular' | 'bold';
/** `leading` is the height of one line; the text sits in its middle. */
export type TextStyle = { weight: Weight; size: number; color: RGB; leading: number };

/** Look-alikes for symbols no face has. */
const SUBSTITUTES: Record<string, string> = {
  '☐': '□',
  '☑': '■',
  '☒': '■',
  '◼': '■',
  '◻': '□',
  '▪': '■',
  '▫': '□',
  '➢': '▶',
  '➤': '▶',
  '►': '▶',
  '✔': '✓',
  '✕': '×',
  '✖': '×',
  '✗': '×',
  '✘': '×',
  '\u2011': '-',
};
/** Control, zero-width and formatting characters (variation selectors too): dropped. */
function invisible(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    (code >= 0xe0000 && code <= 0xe007f) || // tags (in flag emoji)
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

/** How a character no face has is written: U+ and its code point in hex, at least 4 digits. */
export const codePointName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

type Glyph = { face: number; width: number };

export class Typesetter {
  private readonly fonts: { font: PDFFont; chars: Set<number> }[] = [];
  /** Per weight: indices into `fonts`, in the order they are tried. */
  private readonly order: Record<Weight, number[]>;
  private readonly glyphs: Record<Weight, Map<string, Glyph>> = { regular: new Map(), bold: new Map() };
  /** The code points no face has, in the order they were met. */
  readonly missing = new Set<number>();

  /**
   * `fonts`: each weight's faces in order of preference (the other weight's
   * are tried after them); `metrics`: the em box of the first regular face,
   * which places the baseline of every face (they share it, so a line may mix
   * them).
   */
  constructor(
    fonts: Record<Weight, PDFFont[]>,
    private readonly metrics: { ascent: number; descent: number },
  ) {
    const index = (font: PDFFont) => {
      const i = this.fonts.findIndex((f) => f.font === font);
      return i >= 0 ? i : this.fonts.push({ font, chars: new Set(font.getCharacterSet()) }) - 1;
    };
    this.order = { regular: [...fonts.regular, ...fonts.bold].map(index), bold: [...fonts.bold, ...fonts.regular].map(index) };
  }

  /** The first face of `weight` that has the character, or -1. */
  private faceOf(code: number, weight: Weight): number {
    for (const i of this.order[weight]) if (this.fonts[i]!.chars.has(code)) return i;
    return -1;
  }

  /** The text with only characters a face can draw (tabs become spaces, line breaks stay). */
  fit(text: string, weight: Weight): string {
    const out: string[] = [];
    for (const c of text.replace(/\t/g, ' ')) {
      const code = c.codePointAt(0)!;
      if (code === 0x0a || code === 0x0d || this.faceOf(code, weight) >= 0) out.push(c);
      else if (invisible(code)) continue;
      else {
        const substitute = SUBSTITUTES[c];
        if (substitute && this.faceOf(substitute.codePointAt(0)!, weight) >= 0) out.push(substitute);
        else {
          this.missing.add(code);
          out.push(codePointName(code));
        }
      }
    }
    return out.join('');
  }

  /** The face and width (in 1/1000 em) of one character. */
  private glyph(c: string, weight: Weight): Glyph {
    const glyphs = this.glyphs[weight];
    let glyph = glyphs.get(c);
    if (!glyph) {
      const face = this.faceOf(c.codePointAt(0)!, weight);
      glyph = { face, width: face < 0 ? 0 : this.fonts[face]!.font.widthOfTextAtSize(c, 1000) };
      glyphs.set(c, glyph);
    }
    return glyph;
  }

  /** Width in points of text that went through `fit`. */
  width(text: string, weight: Weight, size: number): number {
    let units = 0;
    for (const c of text) units += this.glyph(c, weight).width;
    return (units * size) / 1000;
  }

  /** Fitted and wrapped to `width`; the first line is `indent` shorter. */
  wrap(text: string, width: number, style: TextStyle, indent = 0): string[] {
    const measure = (s: string) => this.width(s, style.weight, style.size);
    return wrapText(this.fit(text, style.weight), width, measure, width - indent);
  }

  /**
   * The longest prefix that fits, with … when cut. One pass over the
   * characters: each is measured once (a title of 100,000 characters is cut
   * as fast as one of 100).
   */
  ellipsize(text: string, width: number, style: TextStyle): string {
    const fitted = this.fit(text.replace(/\s+/g, ' '), style.weight);
    const room = width - this.width('…', style.weight, style.size);
    let used = 0;
    let end = 0; // in UTF-16 units
    let cut = -1; // where the prefix that leaves room for … ends
    for (const c of fitted) {
      used += this.width(c, style.weight, style.size);
      if (cut < 0 && used > room) cut = end;
      if (used > width) return `${fitted.slice(0, cut).trimEnd()}…`;
      end += c.length;
    }
    return fitted;
  }

  /**
   * One line (already fitted) with its em box centred in a line of
   * `style.leading`: one drawText per run of characters of the same face.
   */
  draw(page: PDFPage, text: string, x: number, top: number, style: TextStyle): void {
    if (!text) return;
    // The em box runs from `descent` below the baseline to `ascent` above it.
    const { ascent, descent } = this.metrics;
    const baseline = top - style.leading / 2 - ((ascent - descent) / 2) * style.size;
    let run = '';
    let runFace = -1;
    let runUnits = 0;
    let at = x;
    const flush = () => {
      if (run && runFace >= 0) page.drawText(run, { x: at, y: baseline, size: style.size, font: this.fonts[runFace]!.font, color: style.color });
      at += (runUnits * style.size) / 1000;
      run = '';
      runUnits = 0;
    };
    for (const c of text) {
      const glyph = this.glyph(c, style.weight);
      if (glyph.face !== runFace) {
        flush();
        runFace = glyph.face;
      }
      run += c;
      runUnits += glyph.width;
    }
    flush();
  }
}
