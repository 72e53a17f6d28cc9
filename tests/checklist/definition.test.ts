/**
 * Guards the checklist definition and its two locale files: the 16 steps of
 * the manual in order, unique ids, option lists that exist, every derived
 * translation key present in ja and en, and a few sentences of the manual
 * carried verbatim.
 */
import { checklist } from '../../src/checklist/definition';
import { keys, requiredKeys } from '../../src/checklist/i18n-keys';
import type { Item, StepCode } from '../../src/checklist/types';
import en from '../../src/i18n/locales/en/checklist.json';
import enPhases from '../../src/i18n/locales/en/phases.json';
import ja from '../../src/i18n/locales/ja/checklist.json';
import jaPhases from '../../src/i18n/locales/ja/phases.json';

type Tree = { [key: string]: string | Tree };

/** Looks a full key (`checklist.steps.1-1.title`) up in a locale file mounted under `checklist`. */
function lookup(tree: Tree, key: string): unknown {
  const [root, ...path] = key.split('.');
  expect(root).toBe('checklist');
  let node: unknown = tree;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Tree)[segment];
  }
  return node;
}

/** Every leaf key of a locale file, dotted. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

// The phase names are kept apart (the list shows them before the rest loads).
const ja_ = { ...ja, phases: jaPhases } as Tree;
const en_ = { ...en, phases: enPhases } as Tree;
const allItems: Item[] = checklist.phases.flatMap((phase) =>
  phase.steps.flatMap((step) => step.sections.flatMap((section) => section.items)),
);
const stepOf = (code: StepCode) => {
  const step = checklist.phases.flatMap((phase) => phase.steps).find((s) => s.code === code);
  if (!step) throw new Error(`no step ${code}`);
  return step;
};
const jaText = (key: string) => lookup(ja_, key);

describe('checklist definition', () => {
  it('has a positive integer version', () => {
    expect(Number.isInteger(checklist.version)).toBe(true);
    expect(checklist.version).toBeGreaterThan(0);
  });

  it('has the 16 steps of the manual in order', () => {
    expect(checklist.phases.flatMap((phase) => phase.steps.map((step) => step.code))).toEqual([
      '1-1', '1-4', '2-1', '2-2', '2-3', '2-4', '2-6', '2-7',
      '2-10', '2-13', '2-14', '2-18', '3-3', '3-4', '4-5', '4-6',
    ]);
  });

  it('has the four phases in order with their steps', () => {
    expect(
      checklist.phases.map((phase) => [phase.id, phase.steps.map((step) => step.code)]),
    ).toEqual([
      ['detection', ['1-1', '1-4']],
      ['initialResponse', ['2-1', '2-2', '2-3', '2-4', '2-6', '2-7', '2-10', '2-13', '2-14', '2-18']],
      ['recovery', ['3-3', '3-4']],
      ['followUp', ['4-5', '4-6']],
    ]);
  });

  it('gives every phase its key actions', () => {
    for (const phase of checklist.phases) expect(phase.actions.length).toBeGreaterThan(0);
  });

  it('has item ids unique across the whole checklist', () => {
    const ids = allItems.map((item) => item.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has section ids unique across the whole checklist', () => {
    const ids = checklist.phases.flatMap((p) => p.steps.flatMap((s) => s.sections.map((x) => x.id)));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has guidance ids unique within each step', () => {
    for (const step of checklist.phases.flatMap((p) => p.steps)) {
      const ids = step.guidance.map((g) => g.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(ids.length).toBeGreaterThan(0);
    }
  });

  it('has column and preset ids unique per table', () => {
    for (const item of allItems) {
      if (item.kind !== 'table') continue;
      const columns = item.columns.map((c) => c.id);
      const presets = (item.presets ?? []).map((p) => p.id);
      expect(new Set(columns).size).toBe(columns.length);
      expect(new Set(presets).size).toBe(presets.length);
    }
  });

  it('has option ids unique per list, none called "other" (the UI adds その他)', () => {
    const lists = checklist.optionLists.map((list) => list.id);
    expect(new Set(lists).size).toBe(lists.length);
    for (const list of checklist.optionLists) {
      const ids = list.options.map((o) => o.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(ids).not.toContain('other');
    }
  });

  it('references only option lists that exist', () => {
    const lists = new Set(checklist.optionLists.map((list) => list.id));
    const missing = allItems
      .filter((item) => item.kind === 'checkboxGroup')
      .map((item) => (item.kind === 'checkboxGroup' ? item.list : ''))
      .filter((list) => !lists.has(list));
    expect(missing).toEqual([]);
  });

  it('gives every option list at least one item from the manual', () => {
    for (const list of checklist.optionLists) {
      expect(list.options.some((o) => o.source === 'manual'), list.id).toBe(true);
    }
  });

  it('never marks a manual input optional', () => {
    expect(allItems.filter((item) => item.source === 'manual' && item.optional).map((i) => i.id)).toEqual([]);
  });
});

describe('checklist locales', () => {
  it.each([
    ['ja', ja_],
    ['en', en_],
  ] as const)('%s has every required key as a non-empty string', (_, tree) => {
    const missing = requiredKeys().filter((key) => {
      const value = lookup(tree, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('ja and en have the same key set', () => {
    const jaKeys = leafKeys(ja_);
    const enKeys = new Set(leafKeys(en_));
    expect(jaKeys.filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !jaKeys.includes(k))).toEqual([]);
  });

  it('has no keys the definition does not use', () => {
    const required = new Set(requiredKeys().map((key) => key.slice('checklist.'.length)));
    expect(leafKeys(ja_).filter((k) => !required.has(k))).toEqual([]);
  });
});

describe('manual wording carried verbatim', () => {
  it('keeps the phase titles', () => {
    expect(checklist.phases.map((phase) => jaText(keys.phaseTitle(phase.id)))).toEqual([
      '検知',
      '初動対応',
      '復旧処理',
      '事後対応・再発防止策',
    ]);
  });

  it('keeps the step titles', () => {
    expect(jaText(keys.stepTitle('2-2'))).toBe('医療情報システムのベンダ及びサービス事業者等へ確認');
    expect(jaText(keys.stepTitle('2-4'))).toBe('電源系統、ブレーカー、ハードウェア等の調査');
    expect(jaText(keys.stepTitle('3-3'))).toBe('再設定や再インストール、バックアップデータのリストア等');
  });

  it("keeps 1-1's first instruction", () => {
    const first = stepOf('1-1').guidance[0];
    expect(first?.kind).toBe('instruction');
    expect(jaText(keys.guidance('1-1', first?.id ?? ''))).toBe(
      '異常等を認識した場合、または、職員等から連絡があった場合、どのような事象であるか確認してください。' +
        '「発生事象ケース」の事象に当てはまる場合は、チェックをつけ、当てはまらない場合は、「発生事象」に事象を記載してください。',
    );
  });

  it('keeps the hearing rows', () => {
    expect(jaText(keys.itemLabel('hearingWhen'))).toBe('いつ発生したか（日時）');
    expect(jaText(keys.itemNote('hearingWhen', 'ng'))).toBe('１～２週間前');
    expect(jaText(keys.itemNote('hearingWhat', 'ng'))).toBe('不審なメールを開いた');
    expect(jaText(keys.itemNote('hearingWhere', 'example'))).toBe('○○部の情報系端末（端末番号XXXX）');
    expect(jaText(keys.hearingColumn('content'))).toBe('ヒアリング内容');
  });

  it('keeps the encrypted-files option and its hint', () => {
    expect(jaText(keys.option('incidentCases', 'encrypted'))).toBe(
      'ファイルが暗号化されて開けない。脅迫文が表示された。',
    );
    expect(jaText(keys.optionHint('incidentCases', 'encrypted'))).toBe('ランサムウェア攻撃と判断して下さい。');
  });

  it('keeps the spellings of each place (情報漏洩 / 情報漏えい, ブレーカ / ブレーカー)', () => {
    expect(jaText(keys.header('leakDamage'))).toBe('情報漏洩、被害状況等調査');
    expect(jaText(keys.guidance('2-10', 'checkLeak'))).toBe('情報漏えいしている可能性はあるか');
    expect(jaText(keys.guidance('2-4', 'checkPower'))).toBe('電源やブレーカ等の電源系統の問題かどうかの調査');
  });

  it('puts the shared guidance on both steps', () => {
    const texts = (code: StepCode) => stepOf(code).guidance.map((g) => jaText(keys.guidance(code, g.id)));
    expect(texts('2-4').every((t) => texts('2-3').includes(t))).toBe(true);
    expect(texts('2-18')).toEqual(texts('2-13'));
  });

  it('keeps the ransomware callout on 2-6', () => {
    const callout = stepOf('2-6').guidance.find((g) => g.kind === 'callout');
    expect(jaText(keys.guidance('2-6', callout?.id ?? ''))).toBe(
      'ランサムウェアの場合、バックアップデータを暗号化される可能性がある',
    );
  });
});
