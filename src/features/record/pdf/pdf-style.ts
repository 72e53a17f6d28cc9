/**
 * Page geometry, colours and type sizes of the PDF, taken from record.css
 * and app.css so the file looks like the printed page.
 */
import { rgb, type RGB } from 'pdf-lib';
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

/** The colours of record.css / app.css. */
export const COLOR = {
  ink: hex('#14181f'),
  muted: hex('#4a5361'),
  accent: hex('#1f3a5f'),
  accentInk: hex('#ffffff'),
  open: hex('#8a4b00'),
  done: hex('#1d6b3a'),
  na: hex('#51586a'),
  error: hex('#a4161a'),
  proposed: hex('#5b3d99'),
  itemRule: hex('#dde1e7'),
  tableRule: hex('#9aa2ae'),
  tableHead: hex('#e9edf2'),
  guidanceFill: hex('#fffdf5'),
  guidanceRule: hex('#e2d7b0'),
  writeLine: hex('#7a8291'),
  headRule: hex('#000000'),
};

const style = (weight: TextStyle['weight'], size: number, color: RGB, leading = Math.round(size * 1.45 * 10) / 10): TextStyle => ({
  weight,
  size,
  color,
  leading,
});
export const S = {
  body: style('regular', 9.5, COLOR.ink, 14),
  bodyBold: style('bold', 9.5, COLOR.ink, 14),
  label: style('bold', 9.5, COLOR.ink, 14),
  labelOpen: style('bold', 9.5, COLOR.open, 14),
  pairLabel: style('regular', 9.5, COLOR.muted, 14),
  open: style('bold', 9.5, COLOR.open, 14),
  naLabel: style('bold', 9.5, COLOR.na, 14),
  na: style('regular', 9.5, COLOR.na, 14),
  hint: style('bold', 9.5, COLOR.error, 14),
  updated: style('regular', 7.5, COLOR.muted, 11),
  notes: style('regular', 8, COLOR.ink, 11.5),
  notesLabel: style('bold', 8, COLOR.ink, 11.5),
  guidance: style('regular', 8.2, COLOR.ink, 12),
  guidanceHeading: style('bold', 8.2, COLOR.ink, 12),
  table: style('regular', 8, COLOR.ink, 11.5),
  tableHead: style('bold', 8, COLOR.ink, 11.5),
  kind: style('regular', 8.5, COLOR.muted, 13),
  title: style('bold', 16, COLOR.ink, 23),
  fact: style('regular', 9.5, COLOR.ink, 15),
  factLabel: style('bold', 9.5, COLOR.ink, 15),
  phase: style('bold', 11.5, COLOR.accentInk, 16),
  phaseCount: style('regular', 8, COLOR.accentInk, 16),
  step: style('bold', 10.5, COLOR.ink, 15),
  stepOpen: style('regular', 8, COLOR.open, 15),
  stepDone: style('regular', 8, COLOR.done, 15),
  section: style('bold', 8.8, COLOR.muted, 13),
  badge: style('regular', 6.8, COLOR.proposed, 10),
  running: style('bold', 8, COLOR.ink, 10),
  runningMuted: style('regular', 8, COLOR.muted, 10),
  folio: style('regular', 8, COLOR.ink, 10),
  undrawable: style('regular', 8.5, COLOR.muted, 13),
};

/** Column widths of the HTML: label 34 % | answer; hearing 24 % | (38 % notes); activity 17/13/25/–/11 %. */
export const ITEM_LABEL = WIDTH * 0.34;
export const ITEM_GAP = 12;
export const ITEM_VALUE = WIDTH - ITEM_LABEL - ITEM_GAP;
export const CHECK_INDENT = 13;
export const OTHER_INDENT = 15;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 3;
