/**
 * A fully answered incident, generated from the checklist definition (never
 * from a list of items): every item gets a value of its kind with Japanese
 * text, one item is 対象外, and the activity log has one entry per answer
 * plus a few others (~100 rows). Shared by the PDF test and the bench.
 */
import i18next, { type TFunction } from 'i18next';
import { checklist } from '@/checklist/definition';
import { allItems, optionList } from '@/checklist/lookup';
import type { Answer, AnswerValue, Item, TableRow } from '@/checklist/types';
import type { ActivityEntry, IncidentRow } from '@/db/types';
import { buildRecord, type RecordDoc } from '@/features/record/record-model';
import { initI18n } from '@/i18n';

export const TITLE = '電子カルテ停止（ランサムウェアの疑い）';
export const DETECTED_AT = '2026-11-25T23:40:00.000Z'; // 2026-11-26 08:40 in Japan
export const NA_REASON = 'スタンドアロン端末のみで該当なし';

const PHRASES = ['端末をLANから切り離した', 'サーバ室で確認済み', 'ベンダに連絡した', '脅迫文の画面を撮影', 'VPN機器のログを保全', '院内に周知した'];
const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'];

/** The answers and the written texts, each unique (〔nnn〕 numbers them so none contains another). */
export function fullAnswers(): { answers: Record<string, Answer>; texts: string[]; naItem: Item } {
  let n = 0;
  const texts: string[] = [];
  const unique = (prefix: string, phrase: string) => {
    n += 1;
    const text = `${prefix}〔${String(n).padStart(3, '0')}〕${phrase}`;
    texts.push(text);
    return text;
  };
  const at = (minutes: number) => new Date(Date.parse(DETECTED_AT) + minutes * 60_000).toISOString();
  const items = allItems();
  const naItem = items.find((item) => item.kind === 'checkboxGroup')!;
  const answers: Record<string, Answer> = {};
  items.forEach((item, i) => {
    const phrase = PHRASES[i % PHRASES.length]!;
    const name = NAMES[i % NAMES.length]!;
    const updatedAt = at(10 + i);
    if (item === naItem) {
      answers[item.id] = { na: NA_REASON, updatedAt, updatedBy: name };
      return;
    }
    answers[item.id] = { value: valueFor(item, i), updatedAt, updatedBy: name };

    function valueFor(it: Item, index: number): AnswerValue {
      switch (it.kind) {
        case 'text':
          return it.multiline ? `${unique('記入', phrase)}\n${unique('続き', '経過を記録した')}` : unique('記入', phrase);
        case 'person':
          return unique('担当', name);
        case 'datetime':
          return at(index);
        case 'triState':
          return (['yes', 'no', 'unknown'] as const)[index % 3]!;
        case 'choice':
          return it.options[index % it.options.length]!;
        case 'action':
          return { done: true, occurredAt: at(index + 1), by: unique('実施', name) };
        case 'checkboxGroup': {
          const options = optionList(it.list).options;
          return { selected: [...options.slice(0, 3).map((o) => o.id), 'other'], other: unique('その他', phrase) };
        }
        case 'table': {
          const presetRows: TableRow[] = (it.presets ?? []).map((p) => ({ preset: p.id, cells: {} }));
          const rows = [...presetRows, { cells: {} } as TableRow];
          return rows.map((row, r) => ({
            ...row,
            cells: Object.fromEntries(
              it.columns.map((column, c) => {
                if (c === 0 && row.preset) return [column.id, ''];
                switch (column.kind) {
                  case 'datetime':
                    return [column.id, at(index + r)];
                  case 'date':
                    return [column.id, '2026-11-27'];
                  case 'triState':
                    return [column.id, 'yes'];
                  default:
                    return [column.id, unique('表', NAMES[(r + c) % NAMES.length]!)];
                }
              }),
            ),
          }));
        }
        case 'approval':
          return { approver: unique('承認', '院長'), at: at(index + 5), comment: unique('所見', phrase) };
        case 'reportLog':
          return {
            authorities: [
              ...it.authorities.map((id, a) => ({
                id,
                required: 'yes' as const,
                reports: [
                  {
                    id: `00000000-0000-4000-8000-${String(index * 10 + a).padStart(12, '0')}`,
                    type: 'sokuho' as const,
                    at: at(index + a),
                    by: unique('報告', name),
                    method: 'phone' as const,
                    counterpart: unique('先方', '担当'),
                    receiptNo: unique('受付', 'R-1'),
                    sent: unique('送付', phrase),
                  },
                ],
              })),
              { id: `custom:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, name: unique('報告先', '保健所'), required: 'no' as const, reports: [] },
            ],
          };
      }
    }
  });
  return { answers, texts, naItem };
}

export function fullSource(): { incident: IncidentRow; activity: ActivityEntry[]; texts: string[]; naItem: Item } {
  const { answers, texts, naItem } = fullAnswers();
  const incident: IncidentRow = {
    id: 'full-record',
    checklistVersion: checklist.version,
    title: TITLE,
    detectedAt: DETECTED_AT,
    recorder: '田中',
    status: 'active',
    createdAt: DETECTED_AT,
    updatedAt: DETECTED_AT,
    answers,
  };
  let minute = 0;
  const entry = (e: Omit<ActivityEntry, 'incidentId' | 'recordedAt'>): ActivityEntry => ({
    ...e,
    incidentId: incident.id,
    recordedAt: new Date(Date.parse(DETECTED_AT) + (minute++ * 60 + 7) * 1000).toISOString(),
  });
  const activity: ActivityEntry[] = [entry({ kind: 'created', value: { title: TITLE }, recorder: '田中' })];
  for (const [itemId, answer] of Object.entries(answers)) {
    if (answer.na !== undefined) activity.push(entry({ kind: 'na', itemId, reason: answer.na, recorder: answer.updatedBy }));
    else {
      const occurredAt = (answer.value as { occurredAt?: string }).occurredAt;
      activity.push(entry({ kind: 'answer', itemId, value: answer.value, recorder: answer.updatedBy, ...(occurredAt ? { occurredAt } : {}) }));
    }
  }
  while (activity.length < 100) activity.push(entry({ kind: 'recorder', value: NAMES[activity.length % NAMES.length], recorder: '田中' }));
  return { incident, activity, texts, naItem };
}

export function translator(lang: 'ja' | 'en'): TFunction {
  initI18n('ja');
  return i18next.getFixedT(lang);
}

export function fullRecord(lang: 'ja' | 'en' = 'ja'): RecordDoc {
  const { incident, activity } = fullSource();
  return buildRecord({ incident, activity }, translator(lang), lang);
}

/** Sizes (in characters) of the long texts of `longTextSource`. */
export type LongTextSizes = { title: number; answer: number; unbroken: number };
/** What issue 9 asks to be fast: an imported 100,000-character title, a 20,000-character answer, a 10,000-character line. */
export const LONG_TEXT: LongTextSizes = { title: 100_000, answer: 20_000, unbroken: 10_000 };

const repeatTo = (pattern: string, length: number) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);

/**
 * The full record with a title of `sizes.title` characters (Japanese with
 * English words and spaces), one text answer of `sizes.answer` characters
 * with no line break, and another of one unbroken word of `sizes.unbroken`
 * characters; the activity log repeats all three (in its narrow cells).
 */
export function longTextSource(sizes: LongTextSizes) {
  const base = fullSource();
  const title = repeatTo('電子カルテ停止（ランサムウェアの疑い）VPN log ', sizes.title).trimEnd();
  const answer = repeatTo('端末をLANから切り離し、サーバ室で確認した。', sizes.answer);
  const unbroken = repeatTo('abcdefghij0123456789', sizes.unbroken);
  // Two one-line text items laid out as label | answer (not in a hearing table).
  const [answerItem, unbrokenItem] = checklist.phases
    .flatMap((phase) => phase.steps.flatMap((step) => step.sections))
    .filter((section) => section.layout !== 'hearing')
    .flatMap((section) => section.items)
    .filter((item) => item.kind === 'text' && !item.multiline);
  if (!answerItem || !unbrokenItem) throw new Error('The checklist has fewer than two one-line text items outside hearing tables');
  const long: Record<string, string> = { [answerItem.id]: answer, [unbrokenItem.id]: unbroken };
  const answers = { ...base.incident.answers };
  for (const [id, value] of Object.entries(long)) answers[id] = { ...answers[id]!, value };
  const incident: IncidentRow = { ...base.incident, title, answers };
  const activity = base.activity.map((entry): ActivityEntry => {
    if (entry.kind === 'created') return { ...entry, value: { title } };
    if (entry.itemId && long[entry.itemId] !== undefined) return { ...entry, value: long[entry.itemId] };
    return entry;
  });
  return { incident, activity, title, answer, unbroken, answerItem, unbrokenItem };
}
