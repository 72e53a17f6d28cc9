/**
 * Why a file is refused, in the user's language (issue 9, part 12): the
 * incident (by its title, or its place and id when the title itself is wrong),
 * the field by the name the app shows, and what is wrong — never zod's
 * English, and no Japanese in English.
 */
import i18next from 'i18next';
import { keys } from '@/checklist/i18n-keys';
import { parseTransferText } from '@/features/transfer/format';
import { plainText } from '@/features/transfer/isolated';
import { describeProblem } from '@/features/transfer/problem-text';
import {
  answer,
  dateColumn,
  deepVariant,
  incident,
  items,
  makeBaseFile,
  TITLE,
  variant,
  withRetiredItem,
  type FileJson,
  type Json,
  type Path,
} from './hostile-file';

let base: FileJson;
let id = '';

beforeAll(async () => {
  base = await makeBaseFile();
  id = base.incidents[0]!.id as string;
});

/** The messages the page shows for a file, as read; and the app's own words in them (user text left out). */
function messages(text: string, lng: 'ja' | 'en') {
  const parsed = parseTransferText(text);
  if (parsed.ok) throw new Error('accepted');
  const t = i18next.getFixedT(lng);
  const marked = (parsed.problems ?? []).map((problem) => describeProblem(problem, t, lng));
  return { shown: marked.map(plainText), own: marked.map(({ text: m }) => m.replace(/\uE000\d+\uE001/g, '')) };
}

const label = (item: { id: string }, lng = 'ja') => i18next.getFixedT(lng)(keys.itemLabel(item.id));
const ja = (path: Path, value: Json, file = base) => messages(variant(file, path, value), 'ja').shown;
const where = `インシデント 1 件目（“${TITLE}”）`;

describe('a refused file, in Japanese', () => {
  it('names the incident by its place and id when its title is wrong', () => {
    expect(ja(incident('title'), 'x'.repeat(40_000_000))).toEqual([`インシデント 1 件目（ID：${id}）の件名が長すぎます（200 文字まで）。`]);
    expect(ja(incident('title'), 42)).toEqual([`インシデント 1 件目（ID：${id}）の件名の値の種類が正しくありません。`]);
    expect(ja(incident('title'), '  ')).toEqual([`インシデント 1 件目（ID：${id}）の件名が空です。`]);
  });

  it('names the incident by its title, and the field as the app labels it', () => {
    expect(ja(incident('recorder'), 'あ'.repeat(101))).toEqual([`${where}の記録者が長すぎます（100 文字まで）。`]);
    expect(ja(incident('detectedAt'), '26 Nov 2026')).toEqual([`${where}の検知日時が日時として読めません。`]);
    expect(ja(answer(items.text, 'updatedAt'), 'x')).toEqual([`${where}の「${label(items.text)}」の更新日時が日時として読めません。`]);
    expect(ja(answer(items.person, 'na'), 'あ'.repeat(2001))).toEqual([`${where}の「${label(items.person)}」の対象外の理由が長すぎます（2,000 文字まで）。`]);
    expect(ja(answer(items.action, 'value', 'occurredAt'), '0')).toEqual([`${where}の「${label(items.action)}」の実施日時が日時として読めません。`]);
    const column = i18next.getFixedT('ja')(keys.column(items.dateTable.id, dateColumn));
    expect(ja(answer(items.dateTable, 'value', 0, 'cells', dateColumn), '2026-13-01')).toEqual([
      `${where}の「${label(items.dateTable)}」の1行目の${column}が日付として読めません。`,
    ]);
    expect(ja(['activity', 0, 'recordedAt'], '-1')).toEqual([`${where}の変更履歴 1 件目の記録日時が日時として読めません。`]);
  });

  it('names the key it refuses, rather than leaving it out silently', () => {
    expect(ja(answer(items.dtTable, 'value', 0, 'cells', 'note'), 'x')).toEqual([
      `${where}の「${label(items.dtTable)}」の1行目に、このアプリが記録しない項目「note」があります。`,
    ]);
    expect(ja(incident('answers', '__proto__'), {})).toEqual([`${where}の回答に、このアプリが記録しない項目「__proto__」があります。`]);
    expect(ja(incident('note'), 1)).toEqual([`${where}の記録に、このアプリが記録しない項目「note」があります。`]);
  });

  it('says how deep a file may be', () => {
    const text = deepVariant(withRetiredItem(base), incident('answers', 'retiredItem', 'value'), 5_000);
    expect(messages(text, 'ja').shown).toEqual([`${where}のチェックリストにない項目「retiredItem」の入れ子が深すぎます（64 段まで）。`]);
  });

  it('has no English words of its own, whatever is wrong', () => {
    const cases: [Path, Json][] = [
      [incident('title'), 42],
      [incident('status'), 'lost'],
      [incident('checklistVersion'), -1],
      [incident('answers'), []],
      [answer(items.checkbox, 'value', 'selected'), ['nothing']],
      [answer(items.dtTable, 'value'), Array.from({ length: 201 }, () => ({ cells: {} }))],
      [answer(items.text, 'value'), { a: 1 }],
      [['activity', 0, 'kind'], 'deleted'],
      [['activity', 0, 'incidentId'], 'nobody'],
      [['exportedAt'], 'yesterday'],
      [['incidents', 1], base.incidents[0]!],
    ];
    for (const [path, value] of cases) {
      const { own } = messages(variant(base, path, value), 'ja');
      expect(own.length, path.join('.')).toBeGreaterThan(0);
      for (const line of own) expect(line.replace(/ID/g, ''), path.join('.')).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('a refused file, in English', () => {
  it('says the same in English, with no Japanese of its own', () => {
    const file = structuredClone(base);
    file.incidents[0]!.title = 'EMR outage';
    const { shown, own } = messages(variant(file, answer(items.text, 'updatedAt'), 'x'), 'en');
    expect(shown).toEqual([`Incident 1 (“EMR outage”): “${label(items.text, 'en')}” › updated at is not a valid date and time.`]);
    expect(messages(variant(base, incident('title'), 'x'.repeat(201)), 'en').shown).toEqual([
      `Incident 1 (ID ${id}): Title is too long (at most 200 characters).`,
    ]);
    for (const line of own) expect(line).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
  });
});

describe('pieces of the file in a message', () => {
  it('are marked as user text, and cut short', () => {
    const parsed = parseTransferText(variant(base, incident('answers', 'x'.repeat(1000)), {}));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const message = describeProblem(parsed.problems![0]!, i18next.getFixedT('ja'), 'ja');
    expect(message.user).toEqual([TITLE, `${'x'.repeat(40)}…`]);
  });
});
