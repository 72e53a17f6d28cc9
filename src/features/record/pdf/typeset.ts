/**
 * Text in the PDF: the two embedded faces, widths from a per-character cache,
 * wrapping and drawing. Characters the font lacks never reach pdf-lib (which
 * would draw the .notdef box): a few get a look-alike the font has, control
 * and invisible characters are dropped, anything else becomes 〓 (the
 * typesetter's sign for a missing character).
 */
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { wrapText } from './text-wrap';

export type Weight = 'regular' | 'bold';
/** `leading` is the height of one line; the text sits in its middle. */
export type TextStyle = { weight: Weight; size: number; color: RGB; leading: number };

/** Look-alikes for symbols BIZ UDPGothic does not have. */
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
const MISSING = '〓';
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
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

type Face = { font: PDFFont; chars: Set<number>; widths: Map<string, number>; ascent: number; descent: number };

export class Typesetter {
  private readonly faces: Record<Weight, Face>;

  constructor(fonts: Record<Weight, PDFFont>, metrics: { ascent: number; descent: number }) {
    const face = (font: PDFFont): Face => ({ font, chars: new Set(font.getCharacterSet()), widths: new Map(), ...metrics });
    this.faces = { regular: face(fonts.regular), bold: face(fonts.bold) };
  }

  /** The text with only characters the face can draw (tabs become spaces, line breaks stay). */
  fit(text: string, weight: Weight): string {
    const { chars } = this.faces[weight];
    let out = '';
    for (const c of text.replace(/\t/g, ' ')) {
      const code = c.codePointAt(0)!;
      if (chars.has(code) || code === 0x0a || code === 0x0d) out += c;
      else if (invisible(code)) continue;
      else {
        const substitute = SUBSTITUTES[c];
        out += substitute && chars.has(substitute.codePointAt(0)!) ? substitute : MISSING;
      }
    }
    return out;
  }

  /** Width in points of text that went through `fit`. */
  width(text: string, weight: Weight, size: number): number {
    const face = this.faces[weight];
    let units = 0;
    for (const c of text) {
      let w = face.widths.get(c);
      if (w === undefined) {
        w = face.font.widthOfTextAtSize(c, 1000);
        face.widths.set(c, w);
      }
      units += w;
    }
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

  /** One line (already fitted) with its em box centred in a line of `style.leading`. */
  draw(page: PDFPage, text: string, x: number, top: number, style: TextStyle): void {
    if (!text) return;
    const face = this.faces[style.weight];
    // The em box runs from `descent` below the baseline to `ascent` above it.
    const baseline = top - style.leading / 2 - ((face.ascent - face.descent) / 2) * style.size;
    page.drawText(text, { x, y: baseline, size: style.size, font: face.font, color: style.color });
  }
}
