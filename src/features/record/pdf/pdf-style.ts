/**
 * Page geometry, colours and type sizes of the PDF. The colours, column
 * widths and distances it shares with the record page are record-tokens.ts;
 * the rest is chosen so the file looks like the printed page.
 */
import { rgb, type RGB } from 'pdf-lib';
import { PALETTE, RECORD_COLORS, RECORD_COLUMNS, RECORD_SPACE, RECORD_TYPE as T } from '../record-tokens';
import type { TextStyle } from './typeset';

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 40;
export const LEFT = MARGIN;
export const WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const CONTENT_TOP = PAGE_HEIGHT - 48;
export const CONTENT_BOTTOM = 42;

function hex(value: string): RGB {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

function colors<K extends string>(values: Readonly<Record<K, string>>): Record<K, RGB> {
  return Object.fromEntries(Object.entries<string>(values).map(([name, value]) => [name, hex(value)])) as Record<K, RGB>;
}

/** The record's colours (record-tokens.ts, which record.css reads too). */
export const COLOR = colors({ ...PALETTE, ...RECORD_COLORS });

const style = (weight: TextStyle['weight'], size: number, color: RGB, leading = Math.round(size * 1.45 * 10) / 10): TextStyle => ({
  weight,
  size,
  color,
  leading,
});
export const S = {
  body: style('regular', T.body, COLOR.ink, T.bodyLeading),
  bodyBold: style('bold', T.body, COLOR.ink, T.bodyLeading),
  label: style('bold', T.body, COLOR.ink, T.bodyLeading),
  labelOpen: style('bold', T.body, COLOR.open, T.bodyLeading),
  pairLabel: style('regular', T.body, COLOR.muted, T.bodyLeading),
  open: style('bold', T.body, COLOR.open, T.bodyLeading),
  missing: style('regular', T.body, COLOR.muted, T.bodyLeading),
  naLabel: style('bold', T.body, COLOR.na, T.bodyLeading),
  na: style('regular', T.body, COLOR.na, T.bodyLeading),
  hint: style('bold', T.body, COLOR.error, T.bodyLeading),
  updated: style('regular', T.small, COLOR.muted, T.smallLeading),
  seal: style('regular', T.small, COLOR.muted, T.smallLeading),
  notes: style('regular', 8, COLOR.ink, 11.5),
  notesLabel: style('bold', 8, COLOR.ink, 11.5),
  guidance: style('regular', T.guidance, COLOR.ink, 12),
  guidanceHeading: style('bold', T.guidance, COLOR.ink, 12),
  table: style('regular', T.table, COLOR.ink, T.tableLeading),
  tableHead: style('bold', T.table, COLOR.ink, T.tableLeading),
  kind: style('regular', T.kind, COLOR.muted, 13),
  title: style('bold', T.title, COLOR.ink, 23),
  fact: style('regular', T.body, COLOR.ink, 15),
  factLabel: style('bold', T.body, COLOR.ink, 15),
  phase: style('bold', T.phase, COLOR.accentInk, 16),
  phaseCount: style('regular', 8, COLOR.accentInk, 16),
  step: style('bold', T.step, COLOR.ink, 15),
  stepOpen: style('regular', 8, COLOR.open, 15),
  stepDone: style('regular', 8, COLOR.done, 15),
  section: style('bold', T.section, COLOR.muted, 13),
  badge: style('regular', T.badge, COLOR.proposed, 10),
  running: style('bold', 8, COLOR.ink, 10),
  runningMuted: style('regular', 8, COLOR.muted, 10),
  folio: style('regular', 8, COLOR.ink, 10),
  undrawable: style('regular', 8.5, COLOR.muted, 13),
};

/** A share of the content width, in percent (record-tokens.ts). */
export const share = (percent: number) => (WIDTH * percent) / 100;
/** label | answer, as record.css's `.record-item`. */
export const ITEM_LABEL = share(RECORD_COLUMNS.itemLabel);
export const ITEM_GAP = RECORD_SPACE.itemGap;
export const ITEM_VALUE = WIDTH - ITEM_LABEL - ITEM_GAP;
export const CHECK_INDENT = 13;
export const OTHER_INDENT = 15;
export const SEAL_WIDTH = RECORD_SPACE.sealWidth;
export const SEAL_HEIGHT = RECORD_SPACE.sealHeight;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 3;
