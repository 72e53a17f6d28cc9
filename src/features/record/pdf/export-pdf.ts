/**
 * The record as an A4 PDF file, drawn in the browser (or in Node) with
 * pdf-lib from the same RecordDoc as the HTML record page (record-view.tsx):
 * the same content in the same order, walked generically — nothing here knows
 * a step, an item or a label. Japanese text is real text in an embedded
 * (per-document subset) BIZ UDPGothic, with Noto Sans JP for the characters
 * it lacks (𠮷), so it can be searched and copied. What no font has (emoji)
 * is written as U+XXXX, and a note at the end says how many there are.
 *
 * Layout follows record.css: a header with the facts, a filled band per
 * phase, 【code】title per step with its open count, item label | answer in
 * two columns, the hearing section and the activity log as ruled tables. Each
 * page repeats the incident title and detected-at at the top and carries
 * "n / N" at the bottom right.
 */
import { PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import type { RecordBlock, RecordPair } from '../record-block';
import type { RecordLabels } from '../record-labels';
import type { RecordActivity, RecordDoc, RecordItem, RecordPhase, RecordSection, RecordStep } from '../record-model';
import { PageCursor, type Edge } from './page-cursor';
import { spacer, shift, sideBySide, toRow, gap, type Line, type PdfRow } from './lines';
import { PAGE_WIDTH, PAGE_HEIGHT, LEFT, WIDTH, CONTENT_TOP, CONTENT_BOTTOM, COLOR, S, ITEM_LABEL, ITEM_GAP, ITEM_VALUE, CHECK_INDENT, OTHER_INDENT, CELL_PAD_X, CELL_PAD_Y, SEAL_WIDTH, SEAL_HEIGHT, share } from './pdf-style';
import { RECORD_COLUMNS, RECORD_SPACE } from '../record-tokens';
import { Typesetter, type TextStyle, type Weight } from './typeset';
import { stepLabel } from '@/checklist/step-label';

/** The TrueType files of each weight, in the order the typesetter tries them (see scripts/pdf-font-plugin.ts). */
export type PdfFonts = Record<Weight, Uint8Array[]>;

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
let fontkitModule: Promise<Fontkit> | null = null;
/**
 * fontkit (the TrueType reader pdf-lib embeds fonts with) in a chunk of its
 * own: pdf-lib and fontkit together would be one 1.1 MB chunk. Callers may
 * start it early, in parallel with fetching the fonts.
 */
export function loadFontkit() {
  // The package's types describe the namespace; its ES build exports the object as default.
  fontkitModule ??= import('@pdf-lib/fontkit').then((module) => (module as unknown as { default: Fontkit }).default);
  return fontkitModule;
}

type Marker = (page: PDFPage, x: number, middle: number) => void;

/**
 * The guidance bullets (checklist/guidance.ts) that BIZ UDPGothic lacks,
 * drawn; any other bullet is written as text in front of its line.
 */
export const DRAWN_BULLETS: Readonly<Record<string, Marker>> = {
  '◼': (page, x, middle) => page.drawRectangle({ x: x + 0.5, y: middle - 2.9, width: 5.6, height: 5.6, color: COLOR.ink }),
  '➢': (page, x, middle) => page.drawSvgPath('M 0 -3.2 L 7 0 L 0 3.2 L 1.8 0 Z', { x: x + 0.5, y: middle, color: COLOR.ink }),
};

class RecordPdf {
  constructor(
    private readonly type: Typesetter,
    private readonly labels: RecordLabels,
    private readonly blank: boolean,
    private readonly cursor: PageCursor<PDFPage>,
  ) {}

  // ---- text --------------------------------------------------------------

  private text(text: string, width: number, st: TextStyle, indent = 0): Line[] {
    return this.type.wrap(text, width, st, indent).map((line, i) => ({
      height: st.leading,
      draw: (page, x, top) => this.type.draw(page, line, x + (i === 0 ? indent : 0), top, st),
    }));
  }

  /** A bold lead-in and text after it on the same line, wrapping under both. */
  private labeled(label: string, labelStyle: TextStyle, text: string, st: TextStyle, width: number): Line[] {
    const fitted = this.type.fit(label, labelStyle.weight);
    const indent = this.type.width(fitted, labelStyle.weight, labelStyle.size) + st.size * 0.4;
    if (indent > width * 0.6) return [...this.text(label, width, labelStyle), ...this.text(text, width, st)];
    const lines = this.text(text, width, st, indent);
    const first = lines[0] ?? spacer(st.leading);
    lines[0] = {
      height: Math.max(first.height, labelStyle.leading),
      draw: (page, x, top) => {
        this.type.draw(page, fitted, x, top, labelStyle);
        first.draw(page, x, top);
      },
    };
    return lines;
  }

  /** An empty answer in the paper checklist: a line to write on. */
  private writeLine(width: number): Line {
    return {
      height: 18,
      draw: (page, x, top) => page.drawLine({ start: { x, y: top - 15 }, end: { x: x + width, y: top - 15 }, thickness: 0.6, color: COLOR.writeLine }),
    };
  }

  /** A line of text with a marker drawn in front of its first line. */
  private marked(lines: Line[], indent: number, marker: Marker): Line[] {
    return shift(lines, indent).map((line, i) =>
      i === 0 ? { height: line.height, draw: (page, x, top) => (marker(page, x, top - line.height / 2), line.draw(page, x, top)) } : line,
    );
  }

  // ---- markers (BIZ UDPGothic has no ☐ ☑: they are drawn; see DRAWN_BULLETS) --

  private checkbox(checked: boolean): Marker {
    return (page, x, middle) => {
      const size = 7.6;
      const y = middle - size / 2 - 0.3;
      page.drawRectangle({ x: x + 0.5, y, width: size, height: size, borderColor: COLOR.ink, borderWidth: 0.7 });
      if (checked) {
        page.drawSvgPath("M 1.5 3.9 L 3.3 6.0 L 6.6 1.2", {
          x: x + 0.5,
          y: y + size,
          borderColor: COLOR.ink,
          borderWidth: 1.2,
        });
      }
    };
  }

  private badge(text: string): { width: number; draw: (page: PDFPage, x: number, middle: number) => void } {
    const fitted = this.type.fit(text, S.badge.weight);
    const width = this.type.width(fitted, S.badge.weight, S.badge.size) + 8;
    const height = 10;
    return {
      width,
      draw: (page, x, middle) => {
        const r = height / 2;
        page.drawSvgPath(`M ${r} 0 H ${width - r} A ${r} ${r} 0 0 1 ${width - r} ${height} H ${r} A ${r} ${r} 0 0 1 ${r} 0 Z`, {
          x,
          y: middle + r,
          borderColor: COLOR.proposed,
          borderWidth: 0.6,
        });
        this.type.draw(page, fitted, x + 4, middle + S.badge.leading / 2, S.badge);
      },
    };
  }

  /** An approval's boxes to sign or seal in, right-aligned, as many to a line as fit. */
  private seals(labels: string[], width: number): Line[] {
    const gapX = 8;
    const perLine = Math.max(1, Math.floor((width + gapX) / (SEAL_WIDTH + gapX)));
    const boxWidth = Math.min(SEAL_WIDTH, width);
    const lines: Line[] = [spacer(4)];
    for (let i = 0; i < labels.length; i += perLine) {
      const group = labels.slice(i, i + perLine).map((label) => this.type.wrap(label, boxWidth - 6, S.seal));
      lines.push({
        height: SEAL_HEIGHT + 4,
        draw: (page, x, top) => {
          const used = group.length * boxWidth + (group.length - 1) * gapX;
          group.forEach((label, k) => {
            const left = x + width - used + k * (boxWidth + gapX);
            page.drawRectangle({ x: left, y: top - SEAL_HEIGHT, width: boxWidth, height: SEAL_HEIGHT, borderColor: COLOR.tableRule, borderWidth: 0.7 });
            label.forEach((text, n) => {
              const textWidth = this.type.width(text, S.seal.weight, S.seal.size);
              this.type.draw(page, text, left + (boxWidth - textWidth) / 2, top - 1 - n * S.seal.leading, S.seal);
            });
          });
        },
      });
    }
    return lines;
  }

  // ---- answer blocks (checklist/kinds, record-block.ts) ----------------------

  private block(block: RecordBlock, width: number): Line[] {
    switch (block.kind) {
      case 'lines':
        // An empty line: in the blank checklist a line to write on, in a record the gap its writer left.
        return block.lines.flatMap((line) => (line ? this.text(line, width, S.body) : [this.blank ? this.writeLine(width) : spacer(6)]));
      case 'checks': {
        const lines = block.checks.flatMap((check) => [
          ...this.marked(this.text(check.label, width - CHECK_INDENT, S.body), CHECK_INDENT, this.checkbox(check.checked)),
          ...(check.hint ? shift(this.text(`→ ${check.hint}`, width - CHECK_INDENT, S.hint), CHECK_INDENT) : []),
        ]);
        if (block.other !== undefined) lines.push(...shift(this.text(block.other, width - OTHER_INDENT, S.body), OTHER_INDENT));
        return lines;
      }
      case 'pairs':
        return this.pairs(block.pairs, width);
      case 'rows':
        return block.rows.flatMap((row, i) => [
          ...(i ? [spacer(3)] : []),
          ...(row.title ? this.text(row.title, width, S.bodyBold) : [this.writeLine(width)]),
          ...this.pairs(row.pairs, width),
        ]);
    }
  }

  /** label | value, the labels as wide as the widest (at most RECORD_COLUMNS.pairLabelMax %). */
  private pairs(pairs: RecordPair[], width: number): Line[] {
    const widest = Math.max(0, ...pairs.map((p) => this.type.width(this.type.fit(p.label, 'regular'), 'regular', S.pairLabel.size)));
    const labelWidth = Math.min(widest + 1, (width * RECORD_COLUMNS.pairLabelMax) / 100);
    const valueX = labelWidth + 10;
    return pairs.flatMap((p) =>
      sideBySide([
        { dx: 0, lines: this.text(p.label, labelWidth, S.pairLabel) },
        { dx: valueX, lines: p.value ? this.text(p.value, width - valueX, p.missing ? S.missing : S.body) : [this.writeLine(width - valueX)] },
      ]),
    );
  }

  /** What record-view.tsx's ItemValue shows: 対象外, 未記入, or the answer (未完了 when partial) and when it was recorded. */
  private itemValue(item: RecordItem, width: number): Line[] {
    const { labels } = this;
    if (item.na !== undefined) return this.labeled(labels.notApplicable, S.naLabel, `${labels.reason}: ${item.na}`, S.na, width);
    const seals = item.seals ? this.seals(item.seals, width) : [];
    if (!item.block) return [...this.text(`□ ${labels.open}`, width, S.open), ...seals];
    return [
      ...(item.status !== 'done' && !this.blank ? this.text(`□ ${labels.incomplete}`, width, S.open) : []),
      ...(item.owed ?? []).flatMap((line) => this.text(line, width, S.open)),
      ...this.block(item.block, width),
      ...(!this.blank && item.updated ? this.text(labels.updated(item.updated), width, S.updated) : []),
      ...seals,
    ];
  }

  private itemLabel(item: RecordItem, width: number): Line[] {
    const st = (item.status === 'open' || item.status === 'owed') && !this.blank ? S.labelOpen : S.label;
    const lines = this.text(item.label, width, st);
    if (!item.proposed) return lines;
    const badge = this.badge(this.labels.proposed);
    const last = this.type.wrap(item.label, width, st).at(-1) ?? '';
    const lastWidth = this.type.width(last, st.weight, st.size);
    if (lines.length && lastWidth + 5 + badge.width <= width) {
      const line = lines[lines.length - 1]!;
      lines[lines.length - 1] = {
        height: line.height,
        draw: (page, x, top) => {
          line.draw(page, x, top);
          badge.draw(page, x + lastWidth + 5, top - line.height / 2);
        },
      };
      return lines;
    }
    return [...lines, { height: 12, draw: (page, x, top) => badge.draw(page, x, top - 6) }];
  }

  // ---- tables ---------------------------------------------------------------

  /**
   * One table row as slices of one line each: the borders are drawn per
   * slice, so a row taller than a page can still break between its lines.
   */
  private tableRow(widths: number[], cells: Line[][], options: { fill?: RGB; rule?: RGB; x?: number } = {}): PdfRow[] {
    const x0 = options.x ?? LEFT;
    const rule = options.rule ?? COLOR.tableRule;
    const total = widths.reduce((a, b) => a + b, 0);
    const edges = widths.reduce<number[]>((xs, w) => [...xs, xs[xs.length - 1]! + w], [x0]);
    const lines = sideBySide(cells.map((cell, i) => ({ dx: edges[i]! - x0 + CELL_PAD_X, lines: cell })));
    const slices = [spacer(CELL_PAD_Y), ...lines, spacer(CELL_PAD_Y)];
    return slices.map((slice, i) => ({
      height: slice.height,
      draw: (page: PDFPage, top: number, edge: Edge) => {
        const bottom = top - slice.height;
        if (options.fill) page.drawRectangle({ x: x0, y: bottom, width: total, height: slice.height, color: options.fill });
        for (const x of edges) page.drawLine({ start: { x, y: top }, end: { x, y: bottom }, thickness: 0.6, color: rule });
        if (i === 0 || edge.pageTop) page.drawLine({ start: { x: x0, y: top }, end: { x: x0 + total, y: top }, thickness: 0.6, color: rule });
        if (i === slices.length - 1 || edge.pageBottom) {
          page.drawLine({ start: { x: x0, y: bottom }, end: { x: x0 + total, y: bottom }, thickness: 0.6, color: rule });
        }
        slice.draw(page, x0, top);
      },
    }));
  }

  /** A ruled table whose header row starts it and repeats on every further page. */
  private table(widths: number[], header: string[], rows: Line[][][]): void {
    const head = this.tableRow(
      widths,
      header.map((text, i) => this.text(text, widths[i]! - 2 * CELL_PAD_X, S.tableHead)),
      { fill: COLOR.tableHead },
    );
    this.cursor.keepWithNext(head);
    if (!rows.length) this.cursor.place([]);
    rows.forEach((cells, i) => {
      this.cursor.place(this.tableRow(widths, cells));
      if (i === 0) this.cursor.startRepeat(head);
    });
    this.cursor.endRepeat();
  }

  // ---- the record -------------------------------------------------------------

  head(doc: RecordDoc): void {
    const rows: Line[] = [...this.text(this.labels.kind, WIDTH, S.kind), ...this.hospital(doc.hospital)];
    rows.push(...(doc.title ? this.text(doc.title, WIDTH, S.title) : [spacer(6), this.writeLine(WIDTH * 0.6)]));
    rows.push(spacer(3), ...this.facts(doc.facts), spacer(4));
    rows.push({
      height: 8,
      draw: (page, x, top) => page.drawLine({ start: { x, y: top - 1 }, end: { x: x + WIDTH, y: top - 1 }, thickness: 1.5, color: COLOR.headRule }),
    });
    this.cursor.place(rows.map((line) => toRow(line)));
  }

  /** 医療機関名：＿＿＿＿ (there is no hospital profile yet): the label and a line to write on. */
  private hospital(label: string): Line[] {
    const st = S.factLabel;
    const lines = this.text(label, WIDTH * 0.5, st);
    const last = this.type.wrap(label, WIDTH * 0.5, st).at(-1) ?? '';
    const from = this.type.width(last, st.weight, st.size) + 6;
    const to = Math.min(WIDTH, from + st.size * 24);
    const end = lines.length - 1;
    return lines.map((line, i) =>
      i < end
        ? line
        : {
            height: line.height + 3,
            draw: (page, x, top) => {
              line.draw(page, x, top);
              page.drawLine({ start: { x: x + from, y: top - line.height }, end: { x: x + to, y: top - line.height }, thickness: 0.6, color: COLOR.writeLine });
            },
          },
    );
  }

  /** The first page for management and the authorities; the record proper starts on the next page. */
  summary(doc: RecordDoc): void {
    if (!doc.summary) return;
    this.cursor.keepWithNext(this.band(doc.summary.heading));
    for (const section of doc.summary.sections) this.section(section);
    this.cursor.breakPage();
  }

  /** The facts flow like the HTML's flex-wrap: label value, `factGap` apart, a new line when full. */
  private facts(facts: { label: string; value: string }[]): Line[] {
    const minValue = S.fact.size * RECORD_SPACE.factMinValueEm;
    const factGap = RECORD_SPACE.factGap;
    const parts = facts.map((f) => {
      const label = this.type.fit(f.label, 'bold');
      const value = this.type.fit(f.value, 'regular');
      const labelWidth = this.type.width(label, 'bold', S.factLabel.size);
      const valueWidth = Math.max(minValue, this.type.width(value, 'regular', S.fact.size));
      return { f, label, value, labelWidth, width: labelWidth + 6 + valueWidth };
    });
    const out: Line[] = [];
    let row: typeof parts = [];
    let used = 0;
    const flush = () => {
      if (!row.length) return;
      const items = row;
      out.push({
        height: S.fact.leading,
        draw: (page, x, top) => {
          let at = x;
          for (const part of items) {
            this.type.draw(page, part.label, at, top, S.factLabel);
            const vx = at + part.labelWidth + 6;
            if (part.value) this.type.draw(page, part.value, vx, top, S.fact);
            else page.drawLine({ start: { x: vx, y: top - 13 }, end: { x: vx + minValue, y: top - 13 }, thickness: 0.6, color: COLOR.writeLine });
            at += part.width + factGap;
          }
        },
      });
      row = [];
      used = 0;
    };
    for (const part of parts) {
      if (part.width > WIDTH) {
        flush();
        out.push(...this.labeled(part.f.label, S.factLabel, part.f.value, S.fact, WIDTH));
        continue;
      }
      if (row.length && used + factGap + part.width > WIDTH) flush();
      used += (row.length ? factGap : 0) + part.width;
      row.push(part);
    }
    flush();
    return out;
  }

  /** h2: a filled band, like `.record h2`. */
  private band(title: string, right?: string): PdfRow[] {
    const rightText = right ? this.type.fit(right, S.phaseCount.weight) : '';
    const rightWidth = rightText ? this.type.width(rightText, S.phaseCount.weight, S.phaseCount.size) + 12 : 0;
    const lines = this.type.wrap(title, WIDTH - 14 - rightWidth, S.phase);
    const height = lines.length * S.phase.leading + 5;
    return [
      gap(14),
      {
        height,
        draw: (page, top) => {
          page.drawRectangle({ x: LEFT, y: top - height, width: WIDTH, height, color: COLOR.accent });
          lines.forEach((line, i) => this.type.draw(page, line, LEFT + 7, top - 2.5 - i * S.phase.leading, S.phase));
          if (rightText) this.type.draw(page, rightText, LEFT + WIDTH - 7 - (rightWidth - 12), top - 2.5, S.phaseCount);
        },
      },
      gap(2),
    ];
  }

  phase(phase: RecordPhase): void {
    this.cursor.keepWithNext(this.band(phase.title, this.blank ? undefined : this.labels.openCount(phase.progress.open)));
    for (const step of phase.steps) this.step(step);
  }

  /** h3: 【code】title with the open count on the right, underlined in the accent colour. */
  private step(step: RecordStep): void {
    const count = this.blank ? '' : this.type.fit(this.labels.openCount(step.progress.open), 'regular');
    const countStyle = step.progress.open ? S.stepOpen : S.stepDone;
    const countWidth = count ? this.type.width(count, 'regular', countStyle.size) : 0;
    const lines = this.text(stepLabel(step.code, step.title), WIDTH - (countWidth ? countWidth + 12 : 0), S.step);
    const first = lines[0]!;
    if (count) {
      lines[0] = {
        height: first.height,
        draw: (page, x, top) => {
          first.draw(page, x, top);
          this.type.draw(page, count, x + WIDTH - countWidth, top, countStyle);
        },
      };
    }
    const rule: Line = {
      height: 5,
      draw: (page, x, top) => page.drawLine({ start: { x, y: top - 1 }, end: { x: x + WIDTH, y: top - 1 }, thickness: 1.5, color: COLOR.accent }),
    };
    this.cursor.keepWithNext([gap(9), ...[...lines, rule].map((line) => toRow(line))]);
    if (step.guidance.length) this.guidance(step.guidance);
    for (const section of step.sections) this.section(section);
  }

  /** The paper checklist's guidance box, each line with the bullet of its kind. */
  private guidance(guidance: RecordStep['guidance']): void {
    const width = WIDTH - 2 * CELL_PAD_X;
    const indent = 11;
    const lines = guidance.flatMap((g): Line[] => {
      const st = g.kind === 'heading' ? S.guidanceHeading : S.guidance;
      const drawn = DRAWN_BULLETS[g.bullet];
      if (drawn) return this.marked(this.text(g.text, width - indent, st), indent, drawn);
      return this.text(g.bullet ? `${g.bullet} ${g.text}` : g.text, width, st);
    });
    const rows = this.tableRow([WIDTH], [lines], { fill: COLOR.guidanceFill, rule: COLOR.guidanceRule });
    this.cursor.place([gap(4), ...rows], false);
  }

  private section(section: RecordSection): void {
    const legend = section.legend ? this.text(section.legend, WIDTH, S.updated) : [];
    this.cursor.keepWithNext([gap(6), ...[...this.text(section.header, WIDTH, S.section), ...legend].map((line) => toRow(line))]);
    if (section.hearing) this.hearing(section);
    else for (const item of section.items) this.item(item);
  }

  /** dt | dd of `.record-item`, with the thin rule under each item. */
  private item(item: RecordItem): void {
    const body = sideBySide([
      { dx: 0, lines: this.itemLabel(item, ITEM_LABEL) },
      { dx: ITEM_LABEL + ITEM_GAP, lines: this.itemValue(item, ITEM_VALUE) },
    ]);
    const rule: Line = {
      height: 4,
      draw: (page, x, top) => page.drawLine({ start: { x, y: top - 4 }, end: { x: x + WIDTH, y: top - 4 }, thickness: 0.6, color: COLOR.itemRule }),
    };
    this.cursor.place([spacer(3), ...body, rule].map((line) => toRow(line)));
  }

  /** 報告事項 | ヒアリング内容 (| ポイント in the paper checklist). */
  private hearing(section: RecordSection): void {
    const { hearing } = this.labels;
    const { hearingItem, hearingNotes } = RECORD_COLUMNS;
    const widths = (this.blank ? [hearingItem, 100 - hearingItem - hearingNotes, hearingNotes] : [hearingItem, 100 - hearingItem]).map(share);
    const header = this.blank ? [hearing.item, hearing.content, hearing.point] : [hearing.item, hearing.content];
    const inner = (i: number) => widths[i]! - 2 * CELL_PAD_X;
    const rows = section.items.map((item) => [
      this.text(item.label, inner(0), S.label),
      this.itemValue(item, inner(1)),
      ...(this.blank ? [item.notes.flatMap((n) => this.labeled(n.label, S.notesLabel, n.text, S.notes, inner(2)))] : []),
    ]);
    this.table(widths, header, rows);
  }

  activity(rows: RecordActivity[]): void {
    const { activity } = this.labels;
    this.cursor.keepWithNext([...this.band(activity.title), gap(4)]);
    const c = RECORD_COLUMNS;
    const value = 100 - c.activityRecordedAt - c.activityOccurredAt - c.activityWhat - c.activityRecorder;
    const widths = [c.activityRecordedAt, c.activityOccurredAt, c.activityWhat, value, c.activityRecorder].map(share);
    const cell = (text: string, i: number) => this.text(text, widths[i]! - 2 * CELL_PAD_X, S.table);
    this.table(
      widths,
      [activity.recordedAt, activity.occurredAt, activity.what, activity.value, activity.recorder],
      rows.map((row) => [row.recordedAt, row.occurredAt, row.what, row.value, row.recorder].map(cell)),
    );
  }

  /** Last, when some character could not be drawn: how many, and that they show as U+XXXX. */
  missingNote(): void {
    const count = this.type.missing.size;
    if (!count) return;
    this.cursor.place([gap(12), ...this.text(this.labels.undrawable(count), WIDTH, S.undrawable).map((line) => toRow(line))]);
  }

  /** The running header (title, detected-at) and "n / N" on every page. */
  furniture(pages: PDFPage[], doc: RecordDoc): void {
    const detected = this.labels.detectedAtValue;
    const right = detected ? this.type.fit(`${this.labels.detectedAt} ${detected}`, 'regular') : '';
    const rightWidth = right ? this.type.width(right, 'regular', S.runningMuted.size) : 0;
    const title = this.type.ellipsize(doc.title || this.labels.kind, WIDTH - rightWidth - 24, S.running);
    const kind = this.type.fit(this.labels.kind, 'regular');
    const top = PAGE_HEIGHT - 22;
    pages.forEach((page, i) => {
      this.type.draw(page, title, LEFT, top, S.running);
      if (right) this.type.draw(page, right, LEFT + WIDTH - rightWidth, top, S.runningMuted);
      page.drawLine({ start: { x: LEFT, y: top - 13 }, end: { x: LEFT + WIDTH, y: top - 13 }, thickness: 0.5, color: COLOR.tableRule });
      const folio = `${i + 1} / ${pages.length}`;
      this.type.draw(page, kind, LEFT, 30, S.runningMuted);
      this.type.draw(page, folio, LEFT + WIDTH - this.type.width(folio, 'regular', S.folio.size), 30, S.folio);
    });
  }
}

/**
 * The record as PDF bytes. Pure: no DOM, no network; `fonts` are the subset
 * BIZ UDPGothic and Noto Sans JP TrueType files (virtual:pdf-fonts in the app,
 * subsetPdfFonts() in tests), of which each PDF embeds only the glyphs it uses.
 */
export async function recordToPdf(doc: RecordDoc, fonts: PdfFonts): Promise<Uint8Array> {
  const { labels } = doc;
  const [pdf, fontkit] = await Promise.all([PDFDocument.create(), loadFontkit()]);
  pdf.registerFontkit(fontkit);
  const embed = (files: Uint8Array[]) => Promise.all(files.map((file) => pdf.embedFont(file, { subset: true })));
  const [regular, bold] = await Promise.all([embed(fonts.regular), embed(fonts.bold)]);
  const metrics = fontkit.create(fonts.regular[0]!);
  const type = new Typesetter(
    { regular, bold },
    { ascent: metrics.ascent / metrics.unitsPerEm, descent: Math.abs(metrics.descent) / metrics.unitsPerEm },
  );
  const cursor = new PageCursor(() => pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]), CONTENT_TOP, CONTENT_BOTTOM);
  const record = new RecordPdf(type, labels, doc.blank, cursor);

  record.head(doc);
  record.summary(doc);
  for (const phase of doc.phases) record.phase(phase);
  if (!doc.blank) record.activity(doc.activity);
  record.missingNote();
  record.furniture(cursor.finish(), doc);

  pdf.setTitle(doc.title || labels.kind, { showInWindowTitleBar: true });
  pdf.setSubject(labels.kind);
  pdf.setLanguage(labels.language);
  pdf.setProducer(labels.producer);
  pdf.setCreator(labels.producer);
  return pdf.save();
}
