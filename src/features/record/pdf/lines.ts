/**
 * The PDF is laid out as a list of lines (each knows its height and how to
 * draw itself) that the page cursor places and breaks across pages.
 */
import type { PDFPage } from 'pdf-lib';
import { LEFT } from './pdf-style';
import type { Row } from './page-cursor';

/** One line of content in a column: drawn at x, with its upper edge at top. */
export type Line = { height: number; draw: (page: PDFPage, x: number, top: number) => void };
export type PdfRow = Row<PDFPage>;

export const spacer = (height: number): Line => ({ height, draw: () => {} });
export const shift = (lines: Line[], dx: number): Line[] => lines.map((line) => ({ height: line.height, draw: (page, x, top) => line.draw(page, x + dx, top) }));

/**
 * Columns side by side, each keeping its own line spacing. The result is cut
 * into slices only where no line of any column is cut (a page may break there).
 * One sweep down the columns: a cell of thousands of lines costs no more
 * than its lines (the candidate cuts are sorted once; each column is walked
 * with a cursor that only moves down).
 */
export function sideBySide(columns: { dx: number; lines: Line[] }[]): Line[] {
  const EPS = 0.01;
  const placed = columns.map((column) => {
    let y = 0;
    const lines = column.lines.map((line) => {
      const top = y;
      y += line.height;
      return { top, line };
    });
    return { dx: column.dx, lines, height: y };
  });
  // Lines follow each other without gaps, so a column's edges are its line tops and its height.
  const edge = placed.map(() => 0); // per column: the first line whose top is not above y - EPS
  const isCut = (y: number) =>
    placed.every((c, k) => {
      if (y >= c.height - EPS) return true;
      let i = edge[k]!;
      while (i < c.lines.length && c.lines[i]!.top < y - EPS) i++;
      edge[k] = i;
      return i < c.lines.length && Math.abs(c.lines[i]!.top - y) < EPS;
    });
  const bottoms = [...new Set(placed.flatMap((c) => c.lines.map((p) => p.top + p.line.height)))].sort((a, b) => a - b);
  const taken = placed.map(() => 0); // per column: the first line not yet in a slice
  const out: Line[] = [];
  let start = 0;
  for (const y of bottoms) {
    if (y <= start + EPS || !isCut(y)) continue;
    const from = start;
    const parts: { dx: number; top: number; line: Line }[] = [];
    placed.forEach((c, k) => {
      let i = taken[k]!;
      for (; i < c.lines.length && c.lines[i]!.top < y - EPS; i++) parts.push({ dx: c.dx, ...c.lines[i]! });
      taken[k] = i;
    });
    out.push({ height: y - from, draw: (page, x, top) => parts.forEach((p) => p.line.draw(page, x + p.dx, top - (p.top - from))) });
    start = y;
  }
  return out;
}

export const toRow = (line: Line, x = LEFT): PdfRow => ({ height: line.height, draw: (page, top) => line.draw(page, x, top) });
export const gap = (height: number): PdfRow => ({ height, draw: () => {}, collapsible: true });
