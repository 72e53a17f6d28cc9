/**
 * The bench's one table and its JSON twin. Sections add figures as they go;
 * a figure that throws becomes a row with its error, and the run goes on.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Unit = 'ms' | 'KB' | 'MB' | 'x' | '';
export type Status = 'met' | 'MISSED' | 'info' | 'ERROR';

export interface Figure {
  section: string;
  name: string;
  /** null for an error row */
  value: number | null;
  unit: Unit;
  /** How the value is shown when it is not just `value unit` (e.g. "<16 ms", "512.3 / 150.2 KB"). */
  display?: string;
  /** Upper bound the value must not exceed. */
  goal?: number;
  status: Status;
  note?: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly details: Record<string, unknown> = {};
  readonly startedAt = new Date();

  constructor(readonly meta: Record<string, unknown> = {}) {}

  add(figure: Omit<Figure, 'status'> & { status?: Status }): void {
    const status: Status =
      figure.status ?? (figure.goal === undefined || figure.value === null ? 'info' : figure.value <= figure.goal ? 'met' : 'MISSED');
    this.figures.push({ ...figure, status });
  }

  error(section: string, name: string, error: unknown, unit: Unit = '', goal?: number): void {
    const message = error instanceof Error ? error.message : String(error);
    this.figures.push({ section, name, value: null, unit, goal, status: 'ERROR', note: message.split('\n')[0]!.slice(0, 300) });
    this.details[`${section}: ${name} (error)`] = error instanceof Error ? (error.stack ?? message) : message;
  }

  /** Runs fn; on failure adds an error row named `name` and returns undefined. */
  async attempt<T>(section: string, name: string, fn: () => Promise<T>, unit: Unit = '', goal?: number): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      this.error(section, name, error, unit, goal);
      return undefined;
    }
  }

  table(): string {
    const header = ['figure', 'value', 'goal', 'result'];
    const rows: string[][] = [];
    let section = '';
    for (const f of this.figures) {
      if (f.section !== section) {
        section = f.section;
        rows.push([`[${section}]`, '', '', '']);
      }
      const value = f.value === null ? '—' : (f.display ?? `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}`);
      const goal = f.goal === undefined ? '' : `≤ ${formatNumber(f.goal)}${f.unit ? ` ${f.unit}` : ''}`;
      const note = f.note && f.note.length > 90 ? `${f.note.slice(0, 89)}…` : f.note;
      const result = f.status === 'ERROR' ? `ERROR: ${note ?? ''}` : note ? `${f.status}  (${note})` : f.status;
      rows.push([`  ${f.name}`, value, goal, result]);
    }
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join(' │ ').trimEnd();
    const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
    return [line(header), rule, ...rows.map(line)].join('\n');
  }

  async write(dir: string): Promise<string> {
    await mkdir(dir, { recursive: true });
    const json = `${JSON.stringify(
      { startedAt: this.startedAt.toISOString(), finishedAt: new Date().toISOString(), meta: this.meta, figures: this.figures, details: this.details },
      null,
      2,
    )}\n`;
    const stamp = this.startedAt.toISOString().replace(/[:.]/g, '-');
    const file = path.join(dir, `${stamp}.json`);
    await writeFile(file, json);
    await writeFile(path.join(dir, 'latest.json'), json);
    return file;
  }
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100 || Number.isInteger(value)) return String(Math.round(value));
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
