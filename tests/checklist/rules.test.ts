// @vitest-environment node
/** The checklist's own rules, directly: what each kind of input accepts, what counts as answered, what is vague. */
import { hasValue } from '@/checklist/kinds';
import { itemStatus, stepProgress } from '@/checklist/progress';
import { answerSchema, cachedValueSchema, LIMITS, naDraftSchema, naReasonSchema, strictAnswerSchema } from '@/checklist/schema';
import type { Item } from '@/checklist/types';
import { vagueWarning } from '@/checklist/vague';
import { itemOf } from './item-of';
import { allSteps } from '@/checklist/lookup';

const accepts = (item: Item, value: unknown) => cachedValueSchema(item).safeParse(value).success;
const message = (item: Item, value: unknown) => cachedValueSchema(item).safeParse(value).error?.issues[0]?.message;

describe('the value schema of each kind', () => {
  it('text: up to the limit, and says too long beyond it', () => {
    const text = itemOf('text');
    expect(accepts(text, 'あ'.repeat(LIMITS.text))).toBe(true);
    expect(message(text, 'あ'.repeat(LIMITS.text + 1))).toBe('validation.tooLong');
    expect(accepts(text, 42)).toBe(false);
  });

  it('person: a short name', () => {
    const person = itemOf('person');
    expect(accepts(person, '山田 太郎')).toBe(true);
    expect(message(person, 'x'.repeat(LIMITS.short + 1))).toBe('validation.tooLong');
  });

  it('checkbox group: only its own options, or その他', () => {
    const group = itemOf('checkboxGroup', (i) => i.list === 'incidentCases');
    expect(accepts(group, { selected: ['encrypted', 'other'], other: '不明' })).toBe(true);
    expect(message(group, { selected: ['no-such-option'], other: '' })).toBe('validation.unknownOption');
  });

  it('yes/no/unknown: those three or nothing', () => {
    const tri = itemOf('triState');
    for (const v of ['yes', 'no', 'unknown', '']) expect(accepts(tri, v)).toBe(true);
    expect(accepts(tri, 'maybe')).toBe(false);
  });

  it('date-time and action: a readable date or empty', () => {
    const action = itemOf('action');
    expect(accepts(action, { done: true, occurredAt: '2026-11-26T01:00:00.000Z', by: '佐藤' })).toBe(true);
    expect(message(action, { done: true, occurredAt: 'yesterday', by: '佐藤' })).toBe('validation.invalidDate');
  });

  it('table: at most LIMITS.rows rows', () => {
    const table = itemOf('table');
    const row = { cells: {} };
    expect(accepts(table, Array.from({ length: LIMITS.rows }, () => row))).toBe(true);
    expect(message(table, Array.from({ length: LIMITS.rows + 1 }, () => row))).toBe('validation.tooManyRows');
  });
});

describe('the 対象外 reason', () => {
  const answer = (na: string) => ({ na, naDraft: na, updatedAt: '2026-11-26T01:00:00.000Z', updatedBy: '佐藤' });

  it('is written up to LIMITS.naReason, by the editor, the database and import alike', () => {
    expect(naReasonSchema.safeParse('あ'.repeat(LIMITS.naReason)).success).toBe(true);
    expect(naReasonSchema.safeParse('あ'.repeat(LIMITS.naReason + 1)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(naDraftSchema.safeParse('あ'.repeat(LIMITS.naReason + 1)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(strictAnswerSchema(itemOf('text')).safeParse(answer('あ'.repeat(LIMITS.naReason + 1))).success).toBe(false);
  });

  it('as stored by older versions (up to 20,000 characters) still reads', () => {
    expect(LIMITS.naReasonStored).toBeGreaterThanOrEqual(Math.max(LIMITS.naReason, 20_000));
    expect(answerSchema(itemOf('text')).safeParse(answer('あ'.repeat(20_000))).success).toBe(true);
    expect(answerSchema(itemOf('text')).safeParse(answer('あ'.repeat(LIMITS.naReasonStored + 1))).success).toBe(false);
  });
});

describe('what counts as answered', () => {
  it('white space is no answer; a tick, a choice or a named approver with a time is', () => {
    expect(hasValue(itemOf('text'), '   ')).toBe(false);
    expect(hasValue(itemOf('text'), '暗号化')).toBe(true);
    expect(hasValue(itemOf('action'), { done: false, occurredAt: '', by: '' })).toBe(false);
    expect(hasValue(itemOf('action'), { done: true, occurredAt: '', by: '' })).toBe(true);
    expect(hasValue(itemOf('checkboxGroup'), { selected: [], other: ' ' })).toBe(false);
    expect(hasValue(itemOf('checkboxGroup'), { selected: [], other: '別の事象' })).toBe(true);
    expect(hasValue(itemOf('approval'), { approver: '院長', at: '', comment: '' })).toBe(false);
    expect(hasValue(itemOf('approval'), { approver: '院長', at: '2026-11-26T01:00:00.000Z', comment: '' })).toBe(true);
    expect(hasValue(itemOf('person'), ' ')).toBe(false);
    expect(hasValue(itemOf('person'), '佐藤')).toBe(true);
    expect(hasValue(itemOf('datetime'), '')).toBe(false);
    expect(hasValue(itemOf('datetime'), '2026-11-26T01:00:00.000Z')).toBe(true);
    expect(hasValue(itemOf('triState'), '')).toBe(false);
    expect(hasValue(itemOf('triState'), 'no')).toBe(true);
    expect(hasValue(itemOf('table'), [])).toBe(false);
    expect(hasValue(itemOf('text'), undefined)).toBe(false);
  });

  it('a preset row counts only for what is written beside its prefilled name', () => {
    const table = itemOf('table', (i) => (i.presets?.length ?? 0) > 0);
    const first = table.columns[0]!.id;
    const preset = table.presets![0]!.id;
    expect(hasValue(table, [{ preset, cells: { [first]: '厚生労働省' } }])).toBe(false);
    const second = table.columns[1]!.id;
    expect(hasValue(table, [{ preset, cells: { [first]: '厚生労働省', [second]: 'x' } }])).toBe(true);
  });

  it('対象外 wins over a value, and optional items are never open', () => {
    const text = itemOf('text');
    expect(itemStatus(text, { value: '', na: '該当なし', updatedAt: '', updatedBy: '' })).toBe('na');
    expect(itemStatus(text, { value: 'x', updatedAt: '', updatedBy: '' })).toBe('done');
    expect(itemStatus(text, undefined)).toBe('open');
    const step = allSteps.find((s) => s.step.sections.some((sec) => sec.items.some((i) => i.optional)))?.step;
    if (step) {
      const required = step.sections.flatMap((sec) => sec.items).filter((i) => !i.optional).length;
      expect(stepProgress(step, {}).total).toBe(required);
    }
  });
});

describe('vague hearing answers', () => {
  it('asks for a date and a time, and accepts the manual’s example', () => {
    expect(vagueWarning('specificDateTime', '１～２週間前')).toBe('vague.specificDateTime');
    expect(vagueWarning('specificDateTime', '2023年1月10日')).toBe('vague.specificDateTime');
    expect(vagueWarning('specificDateTime', '2023年1月10日 14:00')).toBeNull();
    expect(vagueWarning('specificDateTime', '２０２３／１／１０　１４時')).toBeNull(); // full-width, as typed on a Japanese keyboard
  });

  it('asks for more detail than the manual’s NG example, in Japanese and in English', () => {
    expect(vagueWarning('detail', '不審なメールを開いた')).toBe('vague.detail');
    expect(vagueWarning('detail', '添付ファイルを開いて、マクロを有効化した。その後画面が暗転した')).toBeNull();
    expect(vagueWarning('detail', 'opened a mail')).toBe('vague.detail');
    expect(vagueWarning('detail', 'opened the attachment and enabled its macros')).toBeNull();
  });

  it('says nothing about an empty answer or an item without a check', () => {
    expect(vagueWarning('detail', '   ')).toBeNull();
    expect(vagueWarning(undefined, 'x')).toBeNull();
  });
});
