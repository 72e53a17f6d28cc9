/**
 * Import keeps to the rules of the app's own inputs (issue 9, part 6 and 9):
 * what a file may carry is exactly what typing could have stored. Each case
 * is a valid export with one thing changed; a refused file writes nothing,
 * and a file the preview accepts imports.
 */
import { getIncident, ValidationError } from '@/db/incidents';
import { applyImport, planImport, type TransferData } from '@/db/transfer';
import { parseTransferText, readTransferFile } from '@/features/transfer/format';
import { resetDb } from '../render-app';
import {
  answer,
  dateColumn,
  deepVariant,
  dtColumn,
  dump,
  incident,
  items,
  makeBaseFile,
  nested,
  variant as variantOf,
  withRetiredItem,
  type FileJson,
  type Json,
  type Path,
} from './hostile-file';

let base: FileJson;
let actionEntry = -1;

beforeAll(async () => {
  base = await makeBaseFile();
  actionEntry = base.activity.findIndex((entry) => entry.occurredAt !== undefined);
  expect(actionEntry).toBeGreaterThan(0);
});

beforeEach(async () => {
  await resetDb();
});

const variant = (path: Path, value: Json | undefined, file = base) => variantOf(file, path, value);

/** What the preview and 取り込む make of a file: both must agree. */
async function outcome(text: string): Promise<'refused' | 'imported'> {
  const before = await dump();
  const parsed = parseTransferText(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = text;
  }
  if (!parsed.ok) {
    // The db layer refuses the same value by itself, and writes nothing.
    await expect(applyImport(raw as TransferData, {})).rejects.toBeInstanceOf(ValidationError);
    expect(await dump()).toEqual(before);
    return 'refused';
  }
  await planImport(parsed.file);
  await applyImport(parsed.file, {}); // what passes the preview imports
  return 'imported';
}


// ---- lengths -------------------------------------------------------------------

describe('lengths are those of the inputs', () => {
  const cases: [string, Path, Json][] = [
    ['title of 201 characters', incident('title'), 'あ'.repeat(201)],
    ['title of 40 MB', incident('title'), 'x'.repeat(40_000_000)],
    ['blank title', incident('title'), '   '],
    ['empty title', incident('title'), ''],
    ['recorder of 101 characters', incident('recorder'), 'あ'.repeat(101)],
    ['対象外 reason of 2,001 characters', answer(items.person, 'na'), 'あ'.repeat(2001)],
    ['blank 対象外 reason', answer(items.person, 'na'), '  '],
    ['answer.updatedBy of 101 characters', answer(items.text, 'updatedBy'), 'あ'.repeat(101)],
    ['log recorder of 101 characters', ['activity', 0, 'recorder'], 'あ'.repeat(101)],
  ];
  it.each(cases)('refuses a %s', async (_name, path, value) => {
    expect(await outcome(variant(path, value))).toBe('refused');
  });

  it('accepts the limits themselves, and stores a title as typed (trimmed)', async () => {
    expect(await outcome(variant(incident('title'), `  ${'あ'.repeat(200)}  `))).toBe('imported');
    const id = base.incidents[0]!.id as string;
    const stored = await getIncident(id);
    expect(stored?.ok && stored.incident.title).toBe('あ'.repeat(200));
    expect(await outcome(variant(answer(items.person, 'na'), 'あ'.repeat(2000)))).toBe('imported');
    expect(await outcome(variant(incident('recorder'), 'あ'.repeat(100)))).toBe('imported');
  });
});

// ---- dates ---------------------------------------------------------------------

describe('dates are ISO 8601 date-times, as the app writes them', () => {
  const datePaths: [string, Path][] = [
    ['detectedAt', incident('detectedAt')],
    ['createdAt', incident('createdAt')],
    ['updatedAt', incident('updatedAt')],
    ['completedAt', incident('completedAt')],
    ['answer.updatedAt', answer(items.text, 'updatedAt')],
    ['action.occurredAt', answer(items.action, 'value', 'occurredAt')],
    ['approval.at', answer(items.approval, 'value', 'at')],
    ['a datetime item', answer(items.datetime, 'value')],
    ['a table datetime cell', answer(items.dtTable, 'value', 0, 'cells', dtColumn)],
    ['log recordedAt', ['activity', 0, 'recordedAt']],
    ['log occurredAt', ['activity', -1, 'occurredAt']],
  ];
  const bad = [
    '0',
    '-1',
    '26 Nov 2026',
    '2026-13-40T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-11-26',
    '2026-11-26T10:00:00',
    '2026-11-26 10:00:00Z',
    '2026-11-26T25:00:00Z',
    'Thu, 26 Nov 2026 10:00:00 GMT',
    '+012026-11-26T10:00:00Z',
    ' 2026-11-26T10:00:00Z',
    'x',
  ];
  const cases = datePaths.flatMap(([name, path]) => bad.map((value): [string, string, Path] => [name, value, path]));
  it.each(cases)('refuses %s = %j', async (_name, value, path) => {
    const at = path[1] === -1 ? ['activity', actionEntry, ...path.slice(2)] : path;
    expect(await outcome(variant(at, value))).toBe('refused');
  });

  it('refuses an empty date where one is required', async () => {
    for (const path of [incident('detectedAt'), incident('updatedAt'), answer(items.text, 'updatedAt'), ['activity', 0, 'recordedAt']]) {
      expect(await outcome(variant(path, '')), path.join('.')).toBe('refused');
    }
  });

  it('stores a date-time with an offset as the app writes it (UTC)', async () => {
    expect(await outcome(variant(incident('detectedAt'), '2026-11-26T10:00:00+09:00'))).toBe('imported');
    const stored = await getIncident(base.incidents[0]!.id as string);
    expect(stored?.ok && stored.incident.detectedAt).toBe('2026-11-26T01:00:00.000Z');
  });

  it('takes a table date cell as the date input writes it', async () => {
    const cell = answer(items.dateTable, 'value', 0, 'cells', dateColumn);
    for (const value of ['0', '-1', '26 Nov 2026', '2026-13-01', '2026-02-30', '2026-11-26T10:00:00Z', '26/11/2026']) {
      expect(await outcome(variant(cell, value)), value).toBe('refused');
    }
    for (const value of ['2024-02-29', '']) {
      expect(await outcome(variant(cell, value)), value).toBe('imported');
    }
  });
});

// ---- keys ----------------------------------------------------------------------

describe('no keys the app does not write', () => {
  const cases: [string, Path][] = [
    ['in an answer', answer(items.text, 'note')],
    ['in an action value', answer(items.action, 'value', 'note')],
    ['in an approval value', answer(items.approval, 'value', 'note')],
    ['in a checkbox value', answer(items.checkbox, 'value', 'note')],
    ['in a table row', answer(items.dtTable, 'value', 0, 'note')],
    ['in table cells (not a column)', answer(items.dtTable, 'value', 0, 'cells', 'note')],
    ['in an incident row', incident('note')],
    ['in a log entry', ['activity', 0, 'note']],
  ];
  it.each(cases)('refuses an unknown key %s', async (_name, path) => {
    expect(await outcome(variant(path, 'x'))).toBe('refused');
  });

  const dangerous = ['constructor', 'prototype', '__proto__'];
  const places: [string, (key: string) => Path][] = [
    ['an answer id', (key) => incident('answers', key)],
    ['an action value', (key) => answer(items.action, 'value', key)],
    ['table cells', (key) => answer(items.dtTable, 'value', 0, 'cells', key)],
    ['an answer to an item of another checklist version', (key) => incident('answers', 'retiredItem', 'value', key)],
    ['a log value', (key) => ['activity', 0, 'value', key]],
  ];
  const protoCases = dangerous.flatMap((key) => places.map(([where, path]): [string, string, Path] => [key, where, path(key)]));
  it.each(protoCases)('never stores a %j key (in %s)', async (_key, _where, path) => {
    const file = path[3] === 'retiredItem' ? withRetiredItem(base, { value: {} }) : base;
    expect(await outcome(variant(path, { polluted: 'yes' }, file))).toBe('refused');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ---- nesting -------------------------------------------------------------------

describe('deep nesting', () => {
  const places: [string, Path][] = [
    ['an answer to an item of another checklist version', incident('answers', 'retiredItem', 'value')],
    ['a log value', ['activity', 0, 'value']],
  ];
  const cases = [5_000, 100_000].flatMap((depth) => places.map(([where, path]): [number, string, Path] => [depth, where, path]));
  it.each(cases)('a value %i deep (in %s) is refused before anything is written', async (depth, _where, path) => {
    const file = path[3] === 'retiredItem' ? withRetiredItem(base) : base;
    expect(await outcome(deepVariant(file, path, depth))).toBe('refused');
  });

  it('a value as deep as the bound allows passes the preview and imports', async () => {
    // The file's root is level 0, an answer's value level 5: its innermost array is level 63.
    const path = incident('answers', 'retiredItem', 'value');
    expect(await outcome(deepVariant(withRetiredItem(base), path, 59))).toBe('imported');
    expect(await outcome(deepVariant(withRetiredItem(base), path, 60))).toBe('refused');
  });

  it('a value built in code, too deep for the database, is refused by applyImport itself', async () => {
    const file = structuredClone(base) as unknown as TransferData;
    (file.activity[0] as { value?: unknown }).value = nested(100_000);
    const before = await dump();
    await expect(applyImport(file, {})).rejects.toBeInstanceOf(ValidationError);
    await expect(planImport(file)).rejects.toBeInstanceOf(ValidationError);
    expect(await dump()).toEqual(before);
  });
});

// ---- text ----------------------------------------------------------------------

describe('text that cannot have been typed', () => {
  it('refuses a file that is not valid UTF-8, instead of replacing the bytes', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(base));
    const at = bytes.indexOf(0xe3); // the first byte of the first Japanese character
    for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe3, 0x81]]) {
      const broken = new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
      expect(await readTransferFile(new Blob([broken])), bad.join(',')).toEqual({ ok: false, error: 'invalidUtf8' });
    }
    const good = await readTransferFile(new Blob([bytes]));
    expect(good.ok && JSON.parse(good.text)).toEqual(base);
  });

  it('refuses a lone surrogate written as an escape', async () => {
    expect(await outcome(variant(incident('title'), 'ランサム\ud800'))).toBe('refused');
    expect(await outcome(variant(answer(items.text, 'value'), '\udc00電子カルテ'))).toBe('refused');
  });
});
