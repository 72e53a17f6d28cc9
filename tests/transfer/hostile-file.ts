/**
 * A valid export of one incident with every kind of answer (written through
 * the app's own functions), and the means to break it in one place: the
 * material of the hostile-file tests.
 */
import { allItems } from '@/checklist/lookup';
import type { Item } from '@/checklist/types';
import { db } from '@/db/db';
import { createIncident } from '@/db/incidents';
import { completeIncident, saveAnswers, setNotApplicable } from '@/db/save';
import { exportIncidents } from '@/db/transfer';
import { serializeExport } from '@/features/transfer/format';
import { resetDb } from '../render-app';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];
export type FileJson = { incidents: Record<string, Json>[]; activity: Record<string, Json>[] } & Record<string, Json>;

const find = <K extends Item['kind']>(kind: K, pred: (item: Extract<Item, { kind: K }>) => boolean = () => true) =>
  allItems().find((item): item is Extract<Item, { kind: K }> => item.kind === kind && pred(item as Extract<Item, { kind: K }>))!;

export const items = {
  text: find('text'),
  person: find('person'),
  datetime: find('datetime'),
  action: find('action'),
  approval: find('approval'),
  checkbox: find('checkboxGroup'),
  dtTable: find('table', (item) => item.columns.some((c) => c.kind === 'datetime')),
  dateTable: find('table', (item) => item.columns.some((c) => c.kind === 'date')),
};
export const dtColumn = items.dtTable.columns.find((c) => c.kind === 'datetime')!.id;
export const dateColumn = items.dateTable.columns.find((c) => c.kind === 'date')!.id;
export const textColumn = items.dtTable.columns.find((c) => c.kind === 'text')!.id;
export const AT = '2026-11-26T01:00:00.000Z';
export const TITLE = 'ランサムウェア感染の疑い';

export async function dump() {
  return { incidents: await db.incidents.toArray(), activity: await db.activity.toArray() };
}

/** Seeds the incident, exports it, and empties the database again. */
export async function makeBaseFile(): Promise<FileJson> {
  await resetDb();
  const row = await createIncident({ title: TITLE, detectedAt: AT, recorder: '佐藤' });
  await saveAnswers(
    row.id,
    [
      { itemId: items.text.id, value: '電子カルテが開けない' },
      { itemId: items.datetime.id, value: AT },
      { itemId: items.action.id, value: { done: true, occurredAt: AT, by: '佐藤' } },
      { itemId: items.approval.id, value: { approver: '院長', at: AT, comment: '了承' } },
      { itemId: items.checkbox.id, value: { selected: ['other'], other: '不明' } },
      { itemId: items.dtTable.id, value: [{ cells: { [textColumn]: 'ベンダA', [dtColumn]: AT } }] },
      { itemId: items.dateTable.id, value: [{ cells: { [dateColumn]: '2026-12-01' } }] },
    ],
    '佐藤',
  );
  await setNotApplicable(row.id, items.person.id, '外部委託なし', '佐藤');
  await completeIncident(row.id, '佐藤');
  const file = JSON.parse(serializeExport(await exportIncidents())) as FileJson;
  await resetDb();
  return file;
}

/** The file with the value at `path` set (an own property even for "__proto__"), or deleted; as text. */
export function variant(file: FileJson, path: Path, value: Json | undefined): string {
  const copy = structuredClone(file) as Json;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(copy);
}

/** [[[…"deep"…]]] at `path`, `depth` levels deep, as text (JSON.stringify itself would overflow the stack). */
export function deepVariant(file: FileJson, path: Path, depth: number): string {
  return variant(file, path, '(nested)').replace('"(nested)"', `${'['.repeat(depth)}"deep"${']'.repeat(depth)}`);
}

/** The same, built in code, for handing to applyImport directly. */
export function nested(depth: number): Json {
  let value: Json = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** The file with an answer to an item this checklist does not know (another checklist version). */
export function withRetiredItem(file: FileJson, answer: Record<string, Json> = {}): FileJson {
  const copy = structuredClone(file);
  copy.incidents[0]!.answers = { ...(copy.incidents[0]!.answers as Record<string, Json>), retiredItem: { updatedAt: AT, updatedBy: '', ...answer } };
  return copy;
}

export const incident = (...rest: Path): Path => ['incidents', 0, ...rest];
export const answer = (item: Item, ...rest: Path): Path => incident('answers', item.id, ...rest);
