// @vitest-environment node
/**
 * Every key the legal helper hands to the UI has words in both languages,
 * the law's and the manual's sentences are quoted verbatim, and the words
 * load with the rest of the wording, not on the first screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import {
  LEGAL_FACTS,
  NOTICE_METHODS,
  NOTICE_STATUSES,
  QUESTION_IDS,
  QUESTIONS,
  questionKeys,
  STAGES,
  TRIGGERS,
} from '@/checklist/legal';
import en from '@/i18n/locales/en/legal.json';
import ja from '@/i18n/locales/ja/legal.json';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string | undefined => {
  const node = key.replace(/^legal\./, '').split('.').reduce<Tree | string | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), tree);
  return typeof node === 'string' ? node : undefined;
};
/** A key as i18next resolves it: itself, or its plural forms. */
const has = (tree: Tree, key: string) => Boolean(lookup(tree, key) ?? (lookup(tree, `${key}_one`) && lookup(tree, `${key}_other`)));

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const r of STAGES.flatMap((s) => s.rules)) keys.add(r.reason);
  for (const t of TRIGGERS) for (const s of ['met', 'notMet', 'unknown']) keys.add(`legal.reasons.trigger.${t.id}.${s}`);
  for (const id of QUESTION_IDS) {
    const k = questionKeys(id);
    keys.add(k.label).add(k.hint);
    for (const option of QUESTIONS[id] ?? ['unknown']) keys.add(k.option(option));
  }
  for (const v of ['required', 'notRequired', 'undecided']) keys.add(`legal.verdict.${v}`);
  for (const s of ['unanswered', 'agrees', 'differs', 'scope']) keys.add(`legal.proposal.${s}`);
  for (const s of ['upcoming', 'inWindow', 'dueToday', 'overdue', 'done', 'doneLate']) keys.add(`legal.deadlines.status.${s}`);
  for (const s of NOTICE_STATUSES) keys.add(`legal.notice.status.${s}`);
  for (const m of NOTICE_METHODS) keys.add(`legal.notice.methods.${m}`);
  for (const a of LEGAL_FACTS.authorities) keys.add(a.nameKey);
  // Every fixed key written in the helper's code.
  const dir = join(__dirname, '../../../src/checklist/legal');
  for (const file of readdirSync(dir)) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(legal\.[\w.]+\w)'/g)) keys.add(m[1]!);
  }
  return [...keys];
}

describe('the wording of the legal helper', () => {
  it('has every key the helper hands out, in Japanese and English', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !has(ja as Tree, k))).toEqual([]);
    expect(keys.filter((k) => !has(en as Tree, k))).toEqual([]);
  });

  it('quotes the law and the manual verbatim', () => {
    expect(ja.deadlines.note.rule).toContain(
      '「前項の場合において、個人情報取扱事業者は、当該事態を知った日から三十日以内（当該事態が前条第三号に定めるものである場合にあっては、六十日以内）に、当該事態に関する前項各号に定める事項を報告しなければならない。」',
    );
    expect(ja.flow.reports).toBe('速報（概ね3-5日以内）及び、確報（30日又は60日以内）が必要');
    expect(ja.flow.notice).toBe('事態の状況に応じて速やかに');
    expect(ja.questions.financial.label).toBe('不正に利用されることにより財産的被害が生じるおそれがある個人データか');
    expect(ja.questions.exfiltrationRuledOut.hint).toContain('「サイバー攻撃（疑い含む）の場合、アクセスログの分析や情報の改ざん、暗号化の有無等から、情報漏えいの有無等を確認してください。」');
    // As the manual prints them (【参考】個人情報保護法における報告義務等).
    expect(ja.intro).toBe(
      '個人データの漏えい、滅失、毀損その他個人データの安全の確保に係る事態であって「個人の権利利益を害するおそれが大きいもの」として、次の事態が発生し、又は発生したおそれがある場合は、個人情報保護委員会への報告及び本人への通知義務（※）が発生します。',
    );
    expect(ja.flow.bothReport).toBe('※原則として委託元、委託先が報告義務を負う');
    expect(ja.flow.contractorExempt).toBe('※委託元へ通知した場合は、委託先から個人情報保護委員会への報告義務は免除');
  });

  it('renders numbers and plural days in each language', async () => {
    const t = async (lng: 'ja' | 'en', key: string, params: Record<string, unknown>) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources: { [lng]: { translation: { legal: lng === 'ja' ? ja : en } } }, interpolation: { escapeValue: false } });
      return i18n.t(key, params);
    };
    expect(await t('ja', 'legal.reasons.trigger.individuals.notMet', { threshold: 1000, count: 1000 })).toBe(
      '個人データに係る本人の数が1,000人を超える：該当しない（1,000人）',
    );
    expect(await t('en', 'legal.deadlines.status.upcoming', { count: 1 })).toBe('1 day left');
    expect(await t('en', 'legal.deadlines.status.upcoming', { count: 3 })).toBe('3 days left');
    expect(await t('ja', 'legal.deadlines.status.overdue', { count: 2, due: '2026/01/14' })).toBe('期限（2026/01/14）を2日過ぎています');
  });
});

describe('loading the words', () => {
  it('is part neither of the first screen nor of the wizard\'s wording: it comes with the panel or the record that shows it', async () => {
    // tests/setup.ts loads everything up front: start this language afresh, with a fresh loader.
    i18next.removeResourceBundle('en', 'translation');
    vi.resetModules();
    const { loadLanguage, loadLegalWording } = await import('@/i18n');
    await loadLanguage('en', false);
    expect(i18next.getResourceBundle('en', 'translation')?.legal).toBeUndefined();
    await loadLanguage('en', true);
    expect(i18next.getResourceBundle('en', 'translation')?.checklist).toBeDefined();
    expect(i18next.getResourceBundle('en', 'translation')?.legal).toBeUndefined();
    await loadLegalWording('en');
    expect(i18next.getResourceBundle('en', 'translation').legal.verdict.required).toBe('A report is required');
  });
});
