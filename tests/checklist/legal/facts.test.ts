// @vitest-environment node
/**
 * The facts that change (issue 12, item 6): shipped as versioned defaults with
 * their sources, correctable by the hospital (and checked), and printed with
 * the record. Also the 本人への通知 duty and the stored shapes.
 */
import {
  AUTHORITY_IDS,
  authorityOf,
  decide,
  individualsThreshold,
  LEGAL_FACTS,
  noticeDuty,
  provenance,
  STAGES,
  TRIGGERS,
  type LegalFacts,
} from '@/checklist/legal';
import { answersSchema, legalFactsSchema, noticeRecordSchema } from '@/checklist/legal/schemas';

const copy = (): LegalFacts => JSON.parse(JSON.stringify(LEGAL_FACTS)) as LegalFacts;
const issues = (value: unknown) => legalFactsSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('the shipped facts', () => {
  it('are valid, and survive a stored round trip', () => {
    expect(issues(LEGAL_FACTS)).toEqual([]);
    expect(legalFactsSchema.parse(copy())).toEqual(LEGAL_FACTS);
  });

  it('hold the thresholds and deadlines of the rules', () => {
    expect(LEGAL_FACTS.thresholds).toEqual({ individuals: 1000, individualsPublic: 100 });
    expect(LEGAL_FACTS.deadlines).toEqual({ sokuhoDaysMin: 3, sokuhoDaysMax: 5, kakuhoDays: 30, kakuhoDaysFraud: 60 });
    expect(individualsThreshold(LEGAL_FACTS)).toBe(1000);
    expect(individualsThreshold({ ...LEGAL_FACTS, organisationType: 'public' })).toBe(100);
  });

  it('list every office once, each with a source', () => {
    expect(LEGAL_FACTS.authorities.map((a) => a.id)).toEqual([...AUTHORITY_IDS]);
    for (const a of LEGAL_FACTS.authorities) {
      expect(a.source.length).toBeGreaterThan(0);
      expect(a.nameKey).toBe(`legal.authorities.${a.id}.name`);
      if (a.url) expect(a.url).toMatch(/^https:\/\//);
    }
    for (const key of ['thresholds', 'deadlines', 'organisationType'] as const) expect(LEGAL_FACTS.sources[key].length).toBeGreaterThan(0);
  });

  it('give the manual’s offices and report pages', () => {
    expect(authorityOf(LEGAL_FACTS, 'ppc').url).toBe('https://www.ppc.go.jp/personalinfo/legal/leakAction/');
    expect(authorityOf(LEGAL_FACTS, 'mhlw')).toMatchObject({
      office: '厚生労働省 医政局特定医薬品開発支援・医療情報担当参事官室',
      url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/johoka/cyber-security.html',
      phone: '', // not found; the old office's number is not shipped
      verify: true,
    });
    expect(authorityOf(LEGAL_FACTS, 'initialResponseDesk').url).toBe('https://mhlw-training.saj.or.jp/');
    expect(authorityOf(LEGAL_FACTS, 'ipaVulnerability')).toMatchObject({
      url: 'https://www.ipa.go.jp/security/vuln/report/index.html',
      destination: '独立行政法人 情報処理推進機構 （受付機関）',
    });
    expect(authorityOf(LEGAL_FACTS, 'ipaUnauthorisedAccess').basis).toContain('コンピュータ不正アクセス対策基準');
    expect(authorityOf(LEGAL_FACTS, 'ipaVirus').basis).toContain('コンピュータウイルス対策基準');
  });

  it('fall back to the default of an office missing from a corrected copy', () => {
    const facts = { ...LEGAL_FACTS, authorities: LEGAL_FACTS.authorities.filter((a) => a.id !== 'police') };
    expect(authorityOf(facts, 'police').office).toBe('警察（徳島県警察等）');
  });
});

describe("a hospital's corrected copy", () => {
  it('may change office names, addresses, thresholds and the organisation type', () => {
    const facts = copy();
    facts.organisationType = 'public';
    facts.thresholds.individualsPublic = 50;
    const mhlw = facts.authorities.find((a) => a.id === 'mhlw')!;
    mhlw.phone = '03-0000-0000';
    mhlw.office = '厚生労働省 医政局（新しい室名）';
    expect(issues(facts)).toEqual([]);
  });

  it.each([
    ['an address that is not http(s)', (f: LegalFacts) => ((f.authorities[0] as { url: string }).url = 'ftp://example.jp'), 'legal.validation.url'],
    ['a 速報 window that ends before it starts', (f: LegalFacts) => (f.deadlines.sokuhoDaysMin = 6), 'legal.validation.sokuhoWindow'],
    ['a 60-day rule shorter than the 30-day one', (f: LegalFacts) => (f.deadlines.kakuhoDaysFraud = 20), 'legal.validation.kakuhoOrder'],
    ['days that are not whole', (f: LegalFacts) => (f.deadlines.kakuhoDays = 30.5), 'legal.validation.wholeDays'],
    ['no days at all', (f: LegalFacts) => (f.deadlines.sokuhoDaysMin = 0), 'legal.validation.wholeDays'],
    ['a negative threshold', (f: LegalFacts) => (f.thresholds.individuals = -1), 'legal.validation.wholeNumber'],
    ['an office twice', (f: LegalFacts) => ((f as unknown as { authorities: unknown[] }).authorities = [...f.authorities, f.authorities[0]]), 'legal.validation.duplicateAuthority'],
  ])('refuses %s, with a message key', (_what, change, message) => {
    const facts = copy();
    change(facts);
    expect(issues(facts)).toContain(message);
  });

  it('refuses an unknown organisation type or office id', () => {
    expect(issues({ ...copy(), organisationType: 'clinic' }).length).toBeGreaterThan(0);
    const facts = copy();
    (facts.authorities[0] as { id: string }).id = 'fax';
    expect(issues(facts).length).toBeGreaterThan(0);
  });
});

describe('what the record prints about the rules used', () => {
  it('names both versions, every rule with its source, and the addresses in use', () => {
    const p = provenance(LEGAL_FACTS);
    expect(p).toMatchObject({ factsVersion: '2026-11', corrected: false, organisationType: 'private', thresholds: LEGAL_FACTS.thresholds });
    expect(p.rulesVersion).toBe(decide({}, LEGAL_FACTS).rulesVersion);
    expect(p.rules).toHaveLength(STAGES.flatMap((s) => s.rules).length + TRIGGERS.length);
    expect(p.rules).toContainEqual({ id: 'trigger.sensitive', source: '個人情報保護法 第26条第1項、施行規則 第7条第1号' });
    expect(p.urls).toContainEqual({ id: 'ppc', url: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/' });
    expect(p.urls.find((u) => u.id === 'police')).toBeUndefined(); // no address known
  });

  it("marks a hospital's correction and its own sources for 行政機関等", () => {
    const p = provenance({ ...LEGAL_FACTS, organisationType: 'public' });
    expect(p.corrected).toBe(true);
    expect(p.rules).toContainEqual({ id: 'trigger.individuals', source: '個人情報保護法 第68条第1項、施行規則 第43条第4号' });
  });
});

describe('本人への通知', () => {
  const required = decide({ event: 'yes', ransomware: 'no', encrypted: 'no', sensitive: 'yes', contractor: 'no' }, LEGAL_FACTS);

  it('is due 「速やかに」 when the report is required, and follows the decision otherwise', () => {
    expect(required.verdict).toBe('required');
    expect(noticeDuty(required)).toMatchObject({ required: true, status: 'notDone', key: 'legal.notice.timing', problems: [] });
    expect(noticeDuty({ verdict: 'notRequired' })).toMatchObject({ required: false, key: 'legal.notice.notRequired' });
    expect(noticeDuty({ verdict: 'undecided' })).toMatchObject({ required: 'undecided', key: 'legal.notice.undecided' });
    expect(noticeDuty(required).source).toBe('個人情報保護法 第26条第2項、施行規則 第10条');
  });

  it('is not the hospital’s once, as 委託先, it has notified the 委託元', () => {
    const d = decide({ event: 'yes', ransomware: 'no', encrypted: 'no', sensitive: 'yes', contractor: 'yes', principalNotified: 'yes' }, LEGAL_FACTS);
    expect(noticeDuty(d).required).toBe(false);
  });

  it('records done with its method, or 公表 instead, and says what is missing', () => {
    expect(noticeDuty(required, { status: 'done', method: 'post', at: '2026-01-12T01:00:00.000Z' })).toMatchObject({ key: 'legal.notice.status.done', problems: [] });
    expect(noticeDuty(required, { status: 'done' }).problems).toEqual(['legal.notice.problem.dateMissing', 'legal.notice.problem.methodMissing']);
    expect(noticeDuty(required, { status: 'publishedInstead', at: '2026-01-12T01:00:00.000Z', note: ' ' }).problems).toEqual(['legal.notice.problem.reasonMissing']);
    expect(noticeDuty(required, { status: 'publishedInstead', at: '2026-01-12T01:00:00.000Z', note: '連絡先不明のため院内掲示とウェブサイトで公表、問合せ窓口を設置' })).toMatchObject({
      key: 'legal.notice.status.publishedInstead',
      problems: [],
    });
  });
});

describe('the stored shapes', () => {
  it('answers: every question optional, the count a whole number or 不明', () => {
    expect(answersSchema.safeParse({}).success).toBe(true);
    expect(answersSchema.safeParse({ event: 'possibly', individuals: 'unknown', encrypted: 'yes' }).success).toBe(true);
    expect(answersSchema.safeParse({ event: 'maybe' }).success).toBe(false);
    expect(answersSchema.safeParse({ encrypted: 'possibly' }).success).toBe(false); // encryption is known or not
    expect(answersSchema.safeParse({ individuals: -1 }).success).toBe(false);
    expect(answersSchema.safeParse({ individuals: 2.5 }).success).toBe(false);
  });

  it('the notice record', () => {
    expect(noticeRecordSchema.safeParse({ status: 'done', method: 'email', at: '2026-01-12T01:00:00.000Z' }).success).toBe(true);
    expect(noticeRecordSchema.safeParse({ status: 'sent' }).success).toBe(false);
    expect(noticeRecordSchema.safeParse({ status: 'done', at: 'soon' }).success).toBe(false);
  });
});
