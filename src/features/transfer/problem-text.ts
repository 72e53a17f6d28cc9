/**
 * An import problem in the user's language: which incident (its place in
 * the file, and its title, or its id when the title itself is wrong), which
 * field (by the names the app shows: 件名, the checklist's item labels…) and
 * what is wrong with it. Pieces of the file (titles, ids, keys) are marked as
 * user text, so the page draws each in a <bdi>, and shortened.
 */
import type { TFunction } from 'i18next';
import { keys } from '@/checklist/i18n-keys';
import { findItem } from '@/checklist/lookup';
import type { Item } from '@/checklist/types';
import type { ImportProblem, IncidentLabel } from '@/db/transfer';
import { mark, type MarkedText } from './isolated';

type Path = readonly (string | number)[];

const P = 'transfer.problems';
/** Beyond this many characters a piece of the file is cut short with "…". */
const EXCERPT = 40;

const INCIDENT_FIELDS: Record<string, string> = {
  title: 'incident.title',
  detectedAt: 'incident.detectedAt',
  recorder: 'recorder.label',
  status: 'record.status',
  completedAt: 'record.completedAt',
  checklistVersion: 'record.checklistVersion',
  id: `${P}.fields.id`,
  createdAt: `${P}.fields.createdAt`,
  updatedAt: `${P}.fields.updatedAt`,
  answers: `${P}.fields.answers`,
};
const ENTRY_FIELDS: Record<string, string> = {
  recordedAt: 'record.recordedAt',
  occurredAt: 'record.occurredAt',
  recorder: 'recorder.label',
  reason: `${P}.fields.naReason`,
  kind: `${P}.fields.kind`,
  itemId: `${P}.fields.itemId`,
  incidentId: `${P}.fields.incidentId`,
  value: 'record.value',
};
const FILE_FIELDS: Record<string, string> = {
  exportedAt: `${P}.fields.exportedAt`,
  app: 'record.checklistVersion',
  formatVersion: `${P}.fields.formatVersion`,
  incidents: `${P}.fields.incidents`,
  activity: `${P}.fields.activity`,
};
const ANSWER_PARTS: Record<string, string> = {
  na: `${P}.fields.naReason`,
  updatedAt: `${P}.fields.answerUpdatedAt`,
  updatedBy: `${P}.fields.answerUpdatedBy`,
};
/** Parts of a value, named as its input labels them. */
const VALUE_PARTS: Record<string, string> = {
  done: 'action.done',
  occurredAt: 'action.occurredAt',
  by: 'action.by',
  approver: 'approval.approver',
  at: 'approval.at',
  comment: 'approval.comment',
  selected: `${P}.fields.selected`,
  other: 'options.otherText',
  title: 'incident.title',
  detectedAt: 'incident.detectedAt',
};

export function describeProblem(problem: ImportProblem, t: TFunction, lang: string): MarkedText {
  const user: string[] = [];
  const piece = (text: string) => mark(user, excerpt(text));
  const join = (outer: string, inner: string | null) => (inner ? t(`${P}.join`, { outer, inner }) : outer);
  const part = (names: Record<string, string>, key: string | number | undefined) =>
    key === undefined ? null : Object.hasOwn(names, key) ? t(names[key]!) : piece(String(key));

  const incidentWhere = (label: IncidentLabel) => {
    const n = label.index + 1;
    if (label.title !== undefined) return t(`${P}.where.incidentTitled`, { n, title: piece(label.title) });
    if (label.id !== undefined) return t(`${P}.where.incidentId`, { n, id: piece(label.id) });
    return t(`${P}.where.incident`, { n });
  };

  /** The part of a value the path points to, by its input's label; null for the value as a whole. */
  const valuePart = (item: Item | undefined, rest: Path): string | null => {
    const [first, inRow, column] = rest;
    if (item?.kind !== 'table') return typeof first === 'string' && Object.hasOwn(VALUE_PARTS, first) ? t(VALUE_PARTS[first]!) : null;
    if (typeof first !== 'number') return null;
    const rowName = t('table.row', { n: first + 1 });
    if (inRow === 'preset') return join(rowName, t(`${P}.fields.preset`));
    if (inRow !== 'cells' || column === undefined) return rowName;
    const known = item.columns.some((c) => c.id === column);
    return join(rowName, known ? t(keys.column(item.id, String(column))) : piece(String(column)));
  };

  const answerField = (itemId: string, rest: Path) => {
    const item = findItem(itemId);
    const name = item ? t(`${P}.fields.item`, { label: t(keys.itemLabel(item.id)) }) : t(`${P}.fields.unknownItem`, { id: piece(itemId) });
    const [first, ...more] = rest;
    if (first === undefined) return name;
    if (first === 'value') return join(name, valuePart(item, more));
    return join(name, part(ANSWER_PARTS, first));
  };

  const incidentField = (rest: Path) => {
    const [first, itemId, ...more] = rest;
    if (first === undefined) return t(`${P}.fields.record`);
    if (first === 'answers' && itemId !== undefined) return answerField(String(itemId), more);
    return part(INCIDENT_FIELDS, first)!;
  };

  const entryField = (rest: Path) => {
    const [first, ...more] = rest;
    if (first === undefined) return t(`${P}.fields.record`);
    return join(part(ENTRY_FIELDS, first)!, first === 'value' ? valuePart(undefined, more) : null);
  };

  const [table, index, ...rest] = problem.path;
  let where: string;
  let field: string;
  if (table === 'incidents' && typeof index === 'number') {
    where = incidentWhere(problem.incident ?? { index });
    field = incidentField(rest);
  } else if (table === 'activity' && typeof index === 'number') {
    where = problem.incident
      ? t(`${P}.where.entry`, { incident: incidentWhere(problem.incident), n: index + 1 })
      : t(`${P}.where.entryAlone`, { n: index + 1 });
    field = entryField(rest);
  } else {
    where = t(`${P}.where.file`);
    field = table === undefined ? t(`${P}.fields.content`) : part(FILE_FIELDS, table)!;
  }

  let reason: string = problem.reason;
  if (reason === 'invalidId' && problem.key === undefined) reason = 'invalid';
  if (reason === 'invalidDate' && isDateCell(problem.path)) reason = 'invalidDay';
  const vars = {
    where,
    field,
    max: problem.max === undefined ? '' : new Intl.NumberFormat(lang === 'en' ? 'en' : 'ja').format(problem.max),
    key: problem.key === undefined ? '' : piece(problem.key),
  };
  return { text: t(`${P}.reason.${reason}`, vars), user };
}

/** A cell of a date column (not a date-time): its value is a day. */
function isDateCell(path: Path): boolean {
  const [table, , answers, itemId, value, , cells, column] = path;
  if (table !== 'incidents' || answers !== 'answers' || value !== 'value' || cells !== 'cells') return false;
  const item = findItem(String(itemId));
  return item?.kind === 'table' && item.columns.some((c) => c.id === column && c.kind === 'date');
}

/** Short, on one line (a key in a file may be megabytes long). */
function excerpt(text: string): string {
  const chars = [...text.slice(0, 2 * EXCERPT + 1).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('');
}
