/**
 * The record page (record.css, on screen and on paper) and the PDF take the
 * colours, column widths and distances they share from one place,
 * record-tokens.ts: the page as CSS custom properties on its root, the PDF
 * as numbers. These tests fail when one of them gets its own copy again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { rgb } from 'pdf-lib';
import { COLOR, ITEM_GAP, ITEM_LABEL, WIDTH } from '@/features/record/pdf/pdf-style';
import { buildRecord } from '@/features/record/record-model';
import { PALETTE, RECORD_COLORS, RECORD_COLUMNS, RECORD_SPACE, recordCssVars } from '@/features/record/record-tokens';
import { RecordView } from '@/features/record/record-view';
import { translator } from './full-record';

afterEach(() => cleanup());

const css = (file: string) => readFileSync(path.join(import.meta.dirname, '../../src', file), 'utf8');
const recordCss = css('features/record/record.css');
const appCss = css('styles/app.css');
const toRgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};
/** #abc and #aabbcc alike, lower case. */
const longHex = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

describe('the record’s look, written once', () => {
  it('gives the record page’s root the tokens as CSS custom properties', () => {
    const { container } = render(<RecordView doc={buildRecord(null, translator('ja'), 'ja')} />);
    const root = container.querySelector<HTMLElement>('article.record')!;
    const vars = recordCssVars();
    expect(Object.keys(vars).length).toBeGreaterThan(20);
    for (const [name, value] of Object.entries(vars)) expect(root.style.getPropertyValue(name), name).toBe(value);
    expect(vars['--proposed']).toBe(PALETTE.proposed);
    expect(vars['--record-item-label']).toBe(`${RECORD_COLUMNS.itemLabel}%`);
    expect(vars['--record-item-gap']).toBe(`${RECORD_SPACE.itemGap}px`);
  });

  it('draws the PDF in the same colours and widths', () => {
    for (const [name, hex] of Object.entries({ ...PALETTE, ...RECORD_COLORS })) {
      expect(COLOR[name as keyof typeof COLOR], name).toEqual(toRgb(hex));
    }
    expect(ITEM_LABEL).toBeCloseTo((WIDTH * RECORD_COLUMNS.itemLabel) / 100, 6);
    expect(ITEM_GAP).toBe(RECORD_SPACE.itemGap);
  });

  it('record.css uses the custom properties and keeps no copy of a token’s value', () => {
    const used = new Set([...recordCss.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!));
    const appRoot = new Set([...appCss.matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]!));
    const defined = new Set(Object.keys(recordCssVars()));
    // Every variable record.css reads is set: on the record's root, or app-wide.
    for (const name of used) expect(defined.has(name) || appRoot.has(name), name).toBe(true);
    // Every record token is read by record.css (a renamed token shows here).
    for (const name of defined) if (name.startsWith('--record-')) expect(used, name).toContain(name);
    const literals = new Set([...recordCss.matchAll(/#[0-9a-f]{3,6}\b/gi)].map((m) => longHex(m[0])));
    for (const [name, hex] of Object.entries({ ...PALETTE, ...RECORD_COLORS })) {
      if (name === 'accentInk') continue; // #fff is also the print's page background, not the band's text
      expect(literals, `${name} ${hex} written into record.css`).not.toContain(hex);
    }
    for (const [name, percent] of Object.entries(RECORD_COLUMNS)) expect(recordCss, name).not.toMatch(new RegExp(`[^\\d.]${percent}%`));
  });

  it('uses the app’s palette (app.css :root) for the colours it shares with the rest of the app', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(appCss)![1]!;
    for (const [name, hex] of Object.entries(PALETTE)) {
      const property = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      const value = new RegExp(`${property}:\\s*(#[0-9a-fA-F]+)`).exec(root)?.[1];
      expect(value && longHex(value), property).toBe(hex);
    }
  });
});
