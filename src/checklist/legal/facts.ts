/**
 * Facts of the reporting rules that change over time (domain.md §6): the
 * thresholds, the deadlines, the organisation type and the offices to report
 * to. They are data, shipped as versioned defaults (LEGAL_FACTS); a hospital
 * may correct its own copy (checked by legalFactsSchema in schemas.ts), and the
 * version in use is printed with the record (provenance.ts).
 *
 * Every fact names its source with domain.md's provenance tags:
 * SEED = the Tokushima manual (shared/seed/000_4eb8c422d3054bc3.txt),
 * OFFICIAL / SECONDARY = a web page, PROPOSAL = our own default.
 *
 * Names of offices are proper nouns and kept here in Japanese, as the manual
 * prints them (the hospital corrects them here, not in the locale files); the
 * generic label of each authority ("個人情報保護委員会" / "Personal Information
 * Protection Commission") is a locale key: legal.authorities.<id>.name.
 */

/**
 * 民間事業者・規律移行法人 ('private', the >1,000 rule) or 行政機関等 ('public',
 * the >100 rule), as the PPC form's 問2 asks. See `organisationType` below.
 */
export const ORGANISATION_TYPES = ['private', 'public'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Where a fact comes from: domain.md's tag and the page or document. */
export type FactSource = {
  tag: 'seed' | 'official' | 'secondary' | 'proposal';
  /** What was read: a document's name, a section, or a URL. */
  ref: string;
};

/** The ids of the offices and systems the app knows. Never rename one (stored with a record's reports). */
export const AUTHORITY_IDS = [
  'ppc',
  'mhlw',
  'prefecture',
  'police',
  'initialResponseDesk',
  'ipaUnauthorisedAccess',
  'ipaVirus',
  'ipaVulnerability',
] as const;
export type AuthorityId = (typeof AUTHORITY_IDS)[number];

export type Authority = {
  id: AuthorityId;
  /** Locale key of the generic name, in the language on screen. */
  nameKey: `legal.authorities.${AuthorityId}.name`;
  /** The office's own name as the hospital reports to it (Japanese, editable; '' when not known). */
  office: string;
  /** The page to report through or read ('' when none is known). */
  url: string;
  /** A phone number ('' when not known: domain.md found no current MHLW number). */
  phone: string;
  /** For the IPA systems: the rule a report rests on (根拠), quoted as the manual gives it. */
  basis?: string;
  /** For the IPA systems: the body that receives it (届出先), as the manual gives it. */
  destination?: string;
  /** True when domain.md marks the fact as unverified or stale: the UI asks the hospital to check it. */
  verify: boolean;
  source: readonly FactSource[];
};

export type LegalFacts = {
  /** Version of these defaults (year-month of the research they follow). A corrected copy keeps the version it started from. */
  version: string;
  /**
   * The hospital's organisation type (a setting). Default 'private': private
   * hospitals, and 規律移行法人 such as 独立行政法人 hospitals. Whether a
   * municipal (自治体立) hospital reports as 行政機関等 is for the hospital to
   * confirm (domain.md §4.2 PROPOSAL; we believe 法第58条第2項 puts the running of a
   * local government's hospital under the private-sector rules, but this is
   * not verified).
   */
  organisationType: OrganisationType;
  thresholds: {
    /** Trigger ④ for private businesses: the number of individuals must be OVER this (1,000 is not over 1,000). */
    individuals: number;
    /** The same for 行政機関等 (over 100). */
    individualsPublic: number;
  };
  deadlines: {
    /** 速報: 「速やかに」, the guideline's target 概ね3〜5日以内 (days, the day of knowing = day 1). */
    sokuhoDaysMin: number;
    sokuhoDaysMax: number;
    /** 確報: 30 days from the day of knowing (施行規則 第8条第2項). */
    kakuhoDays: number;
    /** 確報 when the event is a 第7条第3号 event (不正の目的のおそれ): 60 days. */
    kakuhoDaysFraud: number;
  };
  authorities: readonly Authority[];
  /** Where the thresholds, deadlines and organisation-type default come from. */
  sources: {
    thresholds: readonly FactSource[];
    deadlines: readonly FactSource[];
    organisationType: readonly FactSource[];
  };
};

const PPC_PAGE = 'https://www.ppc.go.jp/personalinfo/legal/leakAction/';
const MHLW_PAGE = 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/johoka/cyber-security.html';
const SEED: FactSource = { tag: 'seed', ref: '徳島県「サイバーセキュリティ対策 インシデント（※）チェックリストマニュアル」' };
const seedAt = (where: string): FactSource => ({ tag: 'seed', ref: `${SEED.ref} ${where}` });

const authority = (a: Omit<Authority, 'nameKey'>): Authority => ({ ...a, nameKey: `legal.authorities.${a.id}.name` });

/** The shipped defaults. Bump `version` whenever a value changes. */
export const LEGAL_FACTS: LegalFacts = {
  version: '2026-11',
  organisationType: 'private',
  thresholds: { individuals: 1000, individualsPublic: 100 },
  deadlines: { sokuhoDaysMin: 3, sokuhoDaysMax: 5, kakuhoDays: 30, kakuhoDaysFraud: 60 },
  authorities: [
    authority({
      id: 'ppc',
      office: '個人情報保護委員会',
      url: PPC_PAGE,
      phone: '',
      verify: false,
      source: [seedAt('【参考】個人情報保護法における報告義務等（報告フォーム）'), { tag: 'official', ref: PPC_PAGE }],
    }),
    authority({
      id: 'mhlw',
      office: '厚生労働省 医政局特定医薬品開発支援・医療情報担当参事官室',
      url: MHLW_PAGE,
      // The archived page's 03-3595-2430 belongs to the old office (domain.md §5.3): not shipped.
      phone: '',
      verify: true,
      source: [seedAt('【2-13】【報告先の例】'), { tag: 'official', ref: MHLW_PAGE }],
    }),
    authority({
      id: 'prefecture',
      office: '徳島県 保健福祉部 医療政策課',
      url: '',
      phone: '',
      verify: true,
      source: [seedAt('【2-13】【報告先の例】')],
    }),
    authority({
      id: 'police',
      office: '警察（徳島県警察等）',
      url: '',
      phone: '',
      verify: true,
      source: [seedAt('【2-18】【報告先の例】')],
    }),
    authority({
      id: 'initialResponseDesk',
      office: '一般社団法人ソフトウェア協会（SAJ）「インシデントが発生した際の初動対応支援」（厚生労働省）',
      url: 'https://mhlw-training.saj.or.jp/',
      phone: '',
      // A yearly commissioned programme: operator and URL may change (domain.md §5.3).
      verify: true,
      source: [seedAt('【2-7】（※）'), { tag: 'official', ref: 'https://mhlw-training.saj.or.jp/about-business/' }],
    }),
    authority({
      id: 'ipaUnauthorisedAccess',
      office: '独立行政法人 情報処理推進機構',
      url: 'https://www.ipa.go.jp/security/outline/todokede-j.html',
      phone: '',
      basis:
        'コンピュータ不正アクセス対策基準 ※事後対応として、「不正アクセス被害の拡大及び再発を防止するため、必要な情報を経済産業大臣が別に指定する者に届け出ること」を規定',
      destination: '独立行政法人 情報処理推進機構',
      verify: false,
      source: [seedAt('【参考】関連機関への報告')],
    }),
    authority({
      id: 'ipaVirus',
      office: '独立行政法人 情報処理推進機構',
      url: 'https://www.ipa.go.jp/security/outline/todokede-j.html',
      phone: '',
      basis:
        'コンピュータウイルス対策基準 ※事後対応として、「ウイルス被害の拡大及び再発を防止するため、必要な情報を経済産業大臣が別に指定する者に届け出ること」を規定',
      destination: '独立行政法人 情報処理推進機構',
      verify: false,
      source: [seedAt('【参考】関連機関への報告')],
    }),
    authority({
      id: 'ipaVulnerability',
      office: '独立行政法人 情報処理推進機構 （受付機関）',
      url: 'https://www.ipa.go.jp/security/vuln/report/index.html',
      phone: '',
      basis:
        'ソフトウエア製品等の脆弱性関連情報に関する取扱規程 ※「発見者は、受付機関に脆弱性関連情報を届け出る」を規定 ※「情報セキュリティ早期警戒パートナーシップガイドライン」も関連',
      destination: '独立行政法人 情報処理推進機構 （受付機関）',
      verify: false,
      source: [seedAt('【参考】関連機関への報告')],
    }),
  ],
  sources: {
    thresholds: [
      seedAt('【参考】個人情報保護法における報告義務等（個人データに係る本人の数が1,000人を超える）'),
      { tag: 'official', ref: `${PPC_PAGE}（行政機関等: 100人を超える）` },
    ],
    deadlines: [
      seedAt('【参考】（速報（概ね3-5日以内）及び、確報（30日又は60日以内）が必要）'),
      { tag: 'official', ref: '個人情報の保護に関する法律施行規則 第8条第2項' },
      { tag: 'secondary', ref: 'https://www.businesslawyers.jp/practices/1433' },
    ],
    organisationType: [{ tag: 'proposal', ref: `domain.md §4.2; PPC 報告フォーム 問2 ${PPC_PAGE}` }],
  },
};

/** The authority with that id in the facts in use, else the default's. */
export function authorityOf(facts: LegalFacts, id: AuthorityId): Authority {
  const found = facts.authorities.find((a) => a.id === id) ?? LEGAL_FACTS.authorities.find((a) => a.id === id);
  if (!found) throw new Error(`No authority ${id}`);
  return found;
}

/** The threshold of trigger ④ for the organisation type in the facts. */
export function individualsThreshold(facts: LegalFacts): number {
  return facts.organisationType === 'public' ? facts.thresholds.individualsPublic : facts.thresholds.individuals;
}
