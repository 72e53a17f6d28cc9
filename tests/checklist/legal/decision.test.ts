// @vitest-environment node
/**
 * The 個人情報保護法 decision of 【2-10】: what a hospital is told about
 * reporting to the PPC, over every combination of the answers that matter.
 * The expected verdicts are written here independently of the rule table,
 * as the law and issue 12 state them.
 */
import {
  applicableRule,
  compareContact,
  decide,
  differs,
  LEGAL_FACTS,
  proposeContactAnswer,
  QUESTION_IDS,
  STAGES,
  TRIGGER_OPTIONS,
  YES_NO_UNKNOWN,
  type Answers,
  type Decision,
  type LegalFacts,
  type Situation,
  type TriggerAnswer,
  type Verdict,
} from '@/checklist/legal';

const PUBLIC: LegalFacts = { ...LEGAL_FACTS, organisationType: 'public' };
const soon = (v: TriggerAnswer) => v === 'yes' || v === 'possibly';

/** A plain case: data leaked, not encrypted, our own data, nothing else met. */
const base: Answers = {
  event: 'yes',
  ransomware: 'no',
  encrypted: 'no',
  sensitive: 'no',
  financial: 'no',
  fraud: 'no',
  individuals: 10,
  contractor: 'no',
};
const verdictOf = (answers: Answers, facts: LegalFacts = LEGAL_FACTS) => decide({ ...base, ...answers }, facts).verdict;

function product<T extends Record<string, readonly unknown[]>>(dims: T): { [K in keyof T]: T[K][number] }[] {
  return Object.entries(dims).reduce<Record<string, unknown>[]>(
    (acc, [key, values]) => acc.flatMap((row) => values.map((v) => ({ ...row, [key]: v }))),
    [{}],
  ) as { [K in keyof T]: T[K][number] }[];
}

/** What breaks the invariants every decision keeps, whatever the answers ([] when none). */
function shapeProblems(d: Decision, answers: Answers): string[] {
  const problems: string[] = [];
  const at = JSON.stringify(answers);
  if (d.verdict === 'undecided' && d.missing.length === 0) problems.push(`undecided without missing: ${at}`);
  if (d.verdict === 'notRequired' && d.missing.length > 0) problems.push(`notRequired with missing: ${at}`);
  for (const q of d.missing) {
    const value = answers[q];
    if (value !== undefined && value !== 'unknown') problems.push(`${q} listed missing but answered ${String(value)}: ${at}`);
  }
  if (!d.reasons.every((r) => r.key.startsWith('legal.reasons.') && r.source.length > 0)) problems.push(`a reason without key or source: ${at}`);
  return problems;
}

describe('every combination of the event, the four criteria and their おそれ / 不明 states', () => {
  const cases = product({
    event: TRIGGER_OPTIONS,
    ransomware: TRIGGER_OPTIONS,
    exfiltrationRuledOut: YES_NO_UNKNOWN,
    sensitive: TRIGGER_OPTIONS,
    financial: TRIGGER_OPTIONS,
    fraud: TRIGGER_OPTIONS,
    individuals: ['unknown', 1000, 1001] as const,
  });

  /** What the law says, written plainly (encryption 'no', the hospital's own data). */
  function expected(a: (typeof cases)[number]): Verdict {
    const ransomware = soon(a.ransomware);
    let happened: 'yes' | 'no' | 'unknown';
    if (soon(a.event)) happened = 'yes';
    else if (ransomware && a.exfiltrationRuledOut === 'no') happened = 'yes'; // not ruled out: おそれ
    else if (a.event === 'no' && (a.ransomware === 'no' || (ransomware && a.exfiltrationRuledOut === 'yes'))) happened = 'no';
    else happened = 'unknown';
    if (happened === 'no') return 'notRequired';
    const states = [
      soon(a.sensitive) ? 'met' : a.sensitive === 'no' ? 'notMet' : 'unknown',
      soon(a.financial) ? 'met' : a.financial === 'no' ? 'notMet' : 'unknown',
      soon(a.fraud) || ransomware ? 'met' : a.fraud === 'no' ? 'notMet' : 'unknown',
      a.individuals === 'unknown' ? 'unknown' : a.individuals > 1000 ? 'met' : 'notMet',
    ];
    if (!states.includes('met')) return states.includes('unknown') ? 'undecided' : 'notRequired';
    return happened === 'yes' ? 'required' : 'undecided';
  }

  it(`decides all ${cases.length} as the law reads`, () => {
    expect(cases.length).toBe(4 * 4 * 3 * 4 * 4 * 4 * 3);
    const wrong: string[] = [];
    for (const c of cases) {
      const answers: Answers = { ...c, encrypted: 'no', contractor: 'no' };
      const d = decide(answers, LEGAL_FACTS);
      if (d.verdict !== expected(c)) wrong.push(`${JSON.stringify(c)} → ${d.verdict}, expected ${expected(c)}`);
      wrong.push(...shapeProblems(d, answers));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('counts おそれ as yes for the event and each criterion, from one person', () => {
    expect(verdictOf({ event: 'possibly', sensitive: 'yes', individuals: 1 })).toBe('required');
    for (const trigger of ['sensitive', 'financial', 'fraud'] as const) {
      expect(verdictOf({ [trigger]: 'possibly', individuals: 1 })).toBe('required');
      expect(verdictOf({ [trigger]: 'unknown', individuals: 1 })).toBe('undecided');
      expect(decide({ ...base, [trigger]: 'unknown' }, LEGAL_FACTS).missing).toEqual([trigger]);
    }
  });

  it('a criterion not yet known does not hold up "required" when another is met', () => {
    const d = decide({ ...base, sensitive: 'yes', financial: 'unknown', fraud: 'unknown', individuals: 'unknown' }, LEGAL_FACTS);
    expect(d.verdict).toBe('required');
    expect(d.missing).toEqual([]);
  });

  it('names the article of each criterion met beside its reason', () => {
    const d = decide({ ...base, sensitive: 'yes', financial: 'possibly', fraud: 'yes', individuals: 5000 }, LEGAL_FACTS);
    const met = d.reasons.filter((r) => r.key.endsWith('.met'));
    expect(met.map((r) => [r.key, r.source])).toEqual([
      ['legal.reasons.trigger.sensitive.met', '個人情報保護法 第26条第1項、施行規則 第7条第1号'],
      ['legal.reasons.trigger.financial.met', '個人情報保護法 第26条第1項、施行規則 第7条第2号'],
      ['legal.reasons.trigger.fraud.met', '個人情報保護法 第26条第1項、施行規則 第7条第3号'],
      ['legal.reasons.trigger.individuals.met', '個人情報保護法 第26条第1項、施行規則 第7条第4号'],
    ]);
    expect(met[3]!.params).toEqual({ threshold: 1000, count: 5000 });
  });

  it('answers left blank count as 不明 and are listed as missing', () => {
    const d = decide({}, LEGAL_FACTS);
    expect(d.verdict).toBe('undecided');
    expect(d.missing).toEqual(['event', 'ransomware', 'encrypted', 'sensitive', 'financial', 'fraud', 'individuals']);
  });
});

describe('the number of individuals (over the threshold, not at it)', () => {
  it.each([
    ['private', 999, 'notRequired'],
    ['private', 1000, 'notRequired'],
    ['private', 1001, 'required'],
    ['private', 100, 'notRequired'],
    ['private', 101, 'notRequired'],
    ['public', 99, 'notRequired'],
    ['public', 100, 'notRequired'],
    ['public', 101, 'required'],
    ['public', 1000, 'required'],
    ['private', 'unknown', 'undecided'],
    ['public', 'unknown', 'undecided'],
  ] as const)('%s organisation, %s individuals → %s', (type, individuals, verdict) => {
    const facts = type === 'public' ? PUBLIC : LEGAL_FACTS;
    const d = decide({ ...base, individuals }, facts);
    expect(d.verdict).toBe(verdict);
    expect(d.threshold).toBe(type === 'public' ? 100 : 1000);
  });

  it('cites the 行政機関等 articles for a public organisation', () => {
    const d = decide({ ...base, individuals: 101 }, PUBLIC);
    expect(d.reasons.find((r) => r.key === 'legal.reasons.trigger.individuals.met')?.source).toBe('個人情報保護法 第68条第1項、施行規則 第43条第4号');
  });

  it('reads the threshold from the facts in use (a corrected copy)', () => {
    const corrected = { ...LEGAL_FACTS, thresholds: { individuals: 500, individualsPublic: 100 } };
    expect(verdictOf({ individuals: 501 }, corrected)).toBe('required');
    expect(verdictOf({ individuals: 500 }, corrected)).toBe('notRequired');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('treats %s as not known', (individuals) => {
    expect(decide({ ...base, individuals }, LEGAL_FACTS).missing).toEqual(['individuals']);
  });
});

describe('the encryption exemption: only strong encryption whose key has not leaked', () => {
  it.each([
    ['yes', 'no', 'notRequired', []],
    ['yes', 'yes', 'required', []],
    ['yes', 'possibly', 'required', []],
    ['yes', 'unknown', 'required', ['keyLeaked']],
    ['yes', undefined, 'required', ['keyLeaked']],
    ['no', 'no', 'required', []],
    ['unknown', 'no', 'required', ['encrypted']],
    [undefined, undefined, 'required', ['encrypted']],
  ] as const)('encrypted %s, key leaked %s → %s', (encrypted, keyLeaked, verdict, missing) => {
    const d = decide({ ...base, sensitive: 'yes', encrypted, keyLeaked }, LEGAL_FACTS);
    expect(d.verdict).toBe(verdict);
    expect(d.missing).toEqual(missing);
  });

  it('exempts whatever the criteria, and says so with its source', () => {
    const d = decide({ ...base, sensitive: 'yes', financial: 'yes', fraud: 'yes', individuals: 10_000, encrypted: 'yes', keyLeaked: 'no' }, LEGAL_FACTS);
    expect(d.verdict).toBe('notRequired');
    expect(d.applied).toContain('encryptedExempt');
    expect(d.reasons.at(-1)?.source).toContain('施行規則 第7条第1号');
  });

  it('asks about the key only when the data is encrypted', () => {
    const d = decide({ ...base, sensitive: 'yes', encrypted: 'no', keyLeaked: 'unknown' }, LEGAL_FACTS);
    expect(d.missing).toEqual([]);
  });
});

describe('ransomware: "not required" only once log analysis ruled out exfiltration', () => {
  const ransomware: Answers = { ...base, event: 'no', ransomware: 'yes', sensitive: 'yes' };
  it.each([
    // event, ransomware, exfiltration ruled out, verdict, missing
    ['no', 'yes', 'yes', 'notRequired', []],
    ['no', 'yes', 'no', 'required', []],
    ['no', 'yes', 'unknown', 'undecided', ['exfiltrationRuledOut']],
    ['no', 'yes', undefined, 'undecided', ['exfiltrationRuledOut']],
    ['no', 'possibly', 'yes', 'notRequired', []],
    ['no', 'possibly', 'unknown', 'undecided', ['exfiltrationRuledOut']],
    ['no', 'unknown', 'unknown', 'undecided', ['ransomware']],
    ['unknown', 'yes', 'unknown', 'undecided', ['event', 'exfiltrationRuledOut']],
    ['unknown', 'yes', 'no', 'required', []],
    ['yes', 'yes', 'yes', 'required', []],
    ['possibly', 'yes', 'unknown', 'required', []],
    ['no', 'no', 'unknown', 'notRequired', []],
  ] as const)('event %s, ransomware %s, exfiltration ruled out %s → %s', (event, rw, exfiltrationRuledOut, verdict, missing) => {
    const d = decide({ ...ransomware, event, ransomware: rw, exfiltrationRuledOut }, LEGAL_FACTS);
    expect(d.verdict).toBe(verdict);
    expect(d.missing).toEqual(missing);
  });

  it('counts ransomware as 不正の目的 (第7条第3号): the 確報 is then due in 60 days', () => {
    const d = decide({ ...base, ransomware: 'yes', fraud: 'unknown', sensitive: 'no', individuals: 3 }, LEGAL_FACTS);
    expect(d.verdict).toBe('required');
    expect(d.triggers.fraud).toBe('met');
    expect(d.fraud).toBe(true);
  });

  it('does not let the encryption exemption stand in for the log analysis', () => {
    const encrypted: Answers = { ...ransomware, event: 'yes', encrypted: 'yes', keyLeaked: 'no' };
    expect(decide({ ...encrypted, exfiltrationRuledOut: 'unknown' }, LEGAL_FACTS)).toMatchObject({ verdict: 'required', missing: ['exfiltrationRuledOut'] });
    expect(decide({ ...encrypted, exfiltrationRuledOut: 'no' }, LEGAL_FACTS).verdict).toBe('required');
    expect(decide({ ...encrypted, exfiltrationRuledOut: 'yes' }, LEGAL_FACTS).verdict).toBe('notRequired');
  });

  it('never says "not required" for ransomware without that answer, whatever else is answered', () => {
    const cases = product({
      event: TRIGGER_OPTIONS,
      ransomware: ['yes', 'possibly'] as const,
      exfiltrationRuledOut: ['no', 'unknown', undefined] as const,
      encrypted: YES_NO_UNKNOWN,
      keyLeaked: TRIGGER_OPTIONS,
      sensitive: TRIGGER_OPTIONS,
      fraud: TRIGGER_OPTIONS,
      individuals: ['unknown', 5] as const,
      contractor: ['no', 'unknown'] as const,
    });
    const wrong: string[] = [];
    for (const c of cases) {
      const d = decide({ ...c, financial: 'no' }, LEGAL_FACTS);
      if (d.verdict === 'notRequired') wrong.push(JSON.stringify(c));
      wrong.push(...shapeProblems(d, c));
    }
    expect(cases.length).toBeGreaterThan(10_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('the hospital as 委託先', () => {
  it.each([
    ['no', undefined, 'required', []],
    ['unknown', undefined, 'required', ['contractor']],
    ['yes', 'yes', 'notRequired', []],
    ['yes', 'no', 'required', []],
    ['yes', 'unknown', 'required', ['principalNotified']],
    ['yes', undefined, 'required', ['principalNotified']],
  ] as const)('委託先 %s, 委託元 notified %s → %s', (contractor, principalNotified, verdict, missing) => {
    const d = decide({ ...base, sensitive: 'yes', contractor, principalNotified }, LEGAL_FACTS);
    expect(d.verdict).toBe(verdict);
    expect(d.missing).toEqual(missing);
  });

  it('the notice to the 委託元 only matters once a report would be required', () => {
    expect(verdictOf({ contractor: 'yes', principalNotified: 'no' })).toBe('notRequired');
    expect(verdictOf({ event: 'no', contractor: 'yes', principalNotified: 'no' })).toBe('notRequired');
  });

  it('cites the proviso of 第26条第1項 and the manual', () => {
    const d = decide({ ...base, sensitive: 'yes', contractor: 'yes', principalNotified: 'yes' }, LEGAL_FACTS);
    expect(d.reasons.at(-1)).toMatchObject({ key: 'legal.reasons.contractorNotified' });
    expect(d.reasons.at(-1)?.source).toContain('第26条第1項ただし書');
    expect(d.reasons.at(-1)?.source).toContain('委託元へ通知した場合は、委託先から個人情報保護委員会への報告義務は免除');
  });
});

describe('the rule table', () => {
  it('covers every situation: in each stage some rule applies, whatever the values it reads', () => {
    const values: { [K in keyof Situation]: readonly Situation[K][] } = {
      event: TRIGGER_OPTIONS,
      ransomware: TRIGGER_OPTIONS,
      exfiltrationRuledOut: YES_NO_UNKNOWN,
      encrypted: YES_NO_UNKNOWN,
      keyLeaked: TRIGGER_OPTIONS,
      sensitive: TRIGGER_OPTIONS,
      financial: TRIGGER_OPTIONS,
      fraud: TRIGGER_OPTIONS,
      individualsOver: YES_NO_UNKNOWN,
      contractor: YES_NO_UNKNOWN,
      principalNotified: YES_NO_UNKNOWN,
      criteria: ['met', 'none', 'unknown'],
    };
    const uncovered: string[] = [];
    for (const stage of STAGES) {
      // Only the keys the stage's rules read can change which of them applies.
      const read = [...new Set(stage.rules.flatMap((r) => Object.keys(r.when)))] as (keyof Situation)[];
      const dims = Object.fromEntries(read.map((k) => [k, values[k]]));
      for (const partial of product(dims)) {
        if (!applicableRule(stage, partial as Situation)) uncovered.push(`${stage.id}: ${JSON.stringify(partial)}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('gives every rule an id, a reason key and a source; ids are unique', () => {
    const rules = STAGES.flatMap((s) => s.rules);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.reason).toBe(`legal.reasons.${r.id}`);
      expect(r.source).toMatch(/個人情報保護法|施行規則|徳島県マニュアル/);
      for (const q of r.missing ?? []) expect(QUESTION_IDS).toContain(q);
    }
  });

  it('prints the versions it used', () => {
    const d = decide(base, { ...LEGAL_FACTS, version: '2027-04-hospital' });
    expect(d.factsVersion).toBe('2027-04-hospital');
    expect(d.rulesVersion).toMatch(/^ppc-rules-/);
  });
});

describe('the proposal for 「自治体や個人情報保護委員会への連絡は必要か」', () => {
  it.each([
    ['required', 'yes'],
    ['notRequired', 'no'],
    ['undecided', 'unknown'],
  ] as const)('%s → %s', (verdict, answer) => {
    expect(proposeContactAnswer({ verdict })).toBe(answer);
  });

  it('never counts an unanswered item as differing, and says where they differ', () => {
    expect(differs('yes', '')).toBe(false);
    expect(differs('yes', 'yes')).toBe(false);
    expect(differs('yes', 'no')).toBe(true);
    expect(differs('unknown', 'yes')).toBe(true);
    expect(compareContact({ verdict: 'required' }, 'no')).toEqual({ proposal: 'yes', user: 'no', state: 'differs', key: 'legal.proposal.differs' });
    expect(compareContact({ verdict: 'notRequired' }, '')).toMatchObject({ state: 'unanswered', key: 'legal.proposal.unanswered' });
    expect(compareContact({ verdict: 'notRequired' }, 'no')).toMatchObject({ state: 'agrees' });
  });

  it('is for the checklist item of step 2-10', async () => {
    const { CONTACT_ITEM_ID } = await import('@/checklist/legal');
    const { findItem, stepOfItem } = await import('@/checklist/lookup');
    expect(findItem(CONTACT_ITEM_ID)?.kind).toBe('triState');
    expect(stepOfItem(CONTACT_ITEM_ID)?.code).toBe('2-10');
  });
});
