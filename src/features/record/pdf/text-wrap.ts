/**
 * Line breaking for the PDF: Japanese may break between any two characters,
 * Latin words stay whole (unless one word alone is wider than the line), and
 * the usual 禁則 applies: closing punctuation, small kana and ー never start a
 * line (the character before them moves down with them, 追い出し), opening
 * brackets never end one. Spaces at a break are dropped. Pure: the caller
 * passes the width of a string in points.
 */

/** 行頭禁則: may not begin a line. */
const NO_START = new Set(
  Array.from(
    '、。，．,.:;!?！？：；)）]］}｝」』】〕〉》〙〗〟’”»›・ー－～…‥%％°′″℃ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾｧｨｩｪｫｬｭｮｯｰ｡､｣',
  ),
);
/** 行末禁則: may not end a line. */
const NO_END = new Set(Array.from('(（[［{｛「『【〔〈《〘〖〝‘“«‹｢'));

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';

/** Letters, digits and ASCII signs, which make up words that are kept whole. */
function isWordChar(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (
    (code > 0x20 && code < 0x7f) || // ASCII
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || // Latin letters
    (code >= 0x370 && code <= 0x52f) // Greek, Cyrillic
  );
}

function canBreakBetween(a: string, b: string): boolean {
  if (isSpace(b)) return false; // spaces stay with what precedes them
  if (isSpace(a)) return true;
  if (NO_START.has(b) || NO_END.has(a)) return false;
  return !(isWordChar(a) && isWordChar(b));
}

/** The text cut into pieces that may not be broken, each with its trailing spaces. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let unit = '';
  let previous = '';
  for (const c of text) {
    if (unit !== '' && canBreakBetween(previous, c)) {
      units.push(unit);
      unit = '';
    }
    unit += c;
    previous = c;
  }
  if (unit !== '') units.push(unit);
  return units;
}

function splitTrailingSpaces(unit: string): [string, string] {
  let end = unit.length;
  while (end > 0 && isSpace(unit[end - 1]!)) end--;
  return [unit.slice(0, end), unit.slice(end)];
}

/**
 * `text` as lines no wider than `maxWidth` (a single character wider than the
 * line still gets a line of its own); the first line may be given less room
 * (`firstWidth`, e.g. after a label on the same line). Explicit line breaks are
 * kept, and an empty paragraph stays an empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, firstWidth = maxWidth): string[] {
  const lines: string[] = [];
  const limit = () => (lines.length === 0 ? firstWidth : maxWidth);
  for (const paragraph of text.split(/\r\n|\r|\n/)) wrapParagraph(paragraph, limit, measure, lines);
  return lines;
}

function wrapParagraph(paragraph: string, limit: () => number, measure: (s: string) => number, lines: string[]): void {
  let line = '';
  let width = 0; // of `line`, trailing spaces included
  const flush = () => {
    lines.push(splitTrailingSpaces(line)[0]);
    line = '';
    width = 0;
  };
  for (const unit of breakUnits(paragraph)) {
    const [core, spaces] = splitTrailingSpaces(unit);
    const coreWidth = measure(core);
    if (line !== '' && width + coreWidth > limit()) flush();
    if (line === '' && coreWidth > limit()) {
      // One word wider than the line: break it between characters.
      for (const c of core) {
        const w = measure(c);
        if (line !== '' && width + w > limit()) flush();
        line += c;
        width += w;
      }
    } else {
      line += core;
      width += coreWidth;
    }
    if (spaces) {
      line += spaces;
      width += measure(spaces);
    }
  }
  lines.push(splitTrailingSpaces(line)[0]);
}
