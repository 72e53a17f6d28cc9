/**
 * The record's look that the page (screen and print: record.css) and the PDF
 * (pdf/pdf-style.ts) share, written once. The PDF reads these values; the
 * page gets them as CSS custom properties on its root element
 * (recordCssVars), which record.css uses. A test holds the three together.
 */

/** The app's colours (app.css :root, same names), which the record uses too. */
export const PALETTE = {
  ink: '#14181f',
  muted: '#4a5361',
  accent: '#1f3a5f',
  accentInk: '#ffffff',
  open: '#8a4b00',
  done: '#1d6b3a',
  na: '#51586a',
  error: '#a4161a',
  /** The 提案 mark (an item the manual does not have). */
  proposed: '#5b3d99',
} as const;

/** The record's own colours: rules, fills, the lines to write on. */
export const RECORD_COLORS = {
  /** The thin rule under each item. */
  itemRule: '#dde1e7',
  /** The borders of the hearing table and the activity log. */
  tableRule: '#9aa2ae',
  tableHead: '#e9edf2',
  /** The box around the manual's words in the blank checklist. */
  guidanceFill: '#fffdf5',
  guidanceRule: '#e2d7b0',
  writeLine: '#7a8291',
  /** Under the record's head on paper. */
  headRule: '#000000',
} as const;

/** Column widths in percent of the content width. The log's 内容 column takes the rest. */
export const RECORD_COLUMNS = {
  itemLabel: 34,
  hearingItem: 24,
  /** The blank checklist's ポイント column. */
  hearingNotes: 38,
  activityRecordedAt: 17,
  activityOccurredAt: 13,
  activityWhat: 25,
  activityRecorder: 11,
  /** The labels of label | value pairs (an action, a table row) take at most this share of their answer's width. */
  pairLabelMax: 42,
} as const;

/**
 * Distances: px on the page, pt in the PDF (whose page is narrower than a
 * screen, so the same numbers look alike). Fact values are at least
 * `factMinValueEm` ems of their text wide.
 */
export const RECORD_SPACE = {
  /** Between an item's label and its answer. */
  itemGap: 12,
  /** Between two facts of the head (検知日時 …) on one line. */
  factGap: 24,
  factMinValueEm: 8,
  /** A signature / seal box beside an approval: pt on the page too (a box on paper, not a screen distance). */
  sealWidth: 118,
  sealHeight: 62,
} as const;

/**
 * Type on paper, in points: the PDF's sizes and line heights, which the
 * print stylesheet uses too, so 印刷 and PDF保存 run to about the same pages.
 * (On screen the record keeps the app's larger type.)
 */
export const RECORD_TYPE = {
  body: 9.5,
  bodyLeading: 14,
  small: 7.5,
  smallLeading: 11,
  table: 8,
  tableLeading: 11.5,
  guidance: 8.2,
  kind: 8.5,
  title: 16,
  phase: 11.5,
  step: 10.5,
  section: 8.8,
  badge: 6.8,
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CSS custom properties that record.css reads, from the values above. */
export function recordCssVars(): Record<`--${string}`, string> {
  return {
    ...Object.fromEntries(Object.entries(PALETTE).map(([name, value]) => [`--${kebab(name)}`, value])),
    ...Object.fromEntries(Object.entries(RECORD_COLORS).map(([name, value]) => [`--record-${kebab(name)}`, value])),
    ...Object.fromEntries(Object.entries(RECORD_COLUMNS).map(([name, value]) => [`--record-${kebab(name)}`, `${value}%`])),
    '--record-item-gap': `${RECORD_SPACE.itemGap}px`,
    '--record-fact-gap': `${RECORD_SPACE.factGap}px`,
    '--record-fact-min-value': `${RECORD_SPACE.factMinValueEm}em`,
    '--record-seal-width': `${RECORD_SPACE.sealWidth}pt`,
    '--record-seal-height': `${RECORD_SPACE.sealHeight}pt`,
    ...Object.fromEntries(Object.entries(RECORD_TYPE).map(([name, value]) => [`--record-type-${kebab(name)}`, `${value}pt`])),
  };
}
