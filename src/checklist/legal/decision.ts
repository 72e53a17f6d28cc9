/**
 * The 個人情報保護法 decision of step 【2-10】 (domain.md §4.4): must the PPC be
 * told (and the individuals notified)? Answered as a rule table, not as code
 * paths, so each rule's source can be printed beside it.
 *
 * How the table is read:
 * - The answers become a Situation: each question's answer (unanswered =
 *   'unknown'), plus two derived values: whether the number of individuals is
 *   over the threshold, and the summary of the four criteria (TRIGGERS).
 * - The stages (STAGES) are read in order. In each stage the first rule whose
 *   condition holds applies: every key a condition names must have one of the
 *   listed values. The rule adds its reason to the chain and either ends the
 *   decision with a verdict or lets it go on ('continue'), or lets it go on
 *   while the decision may no longer conclude 'required' ('pending': a later
 *   'notRequired' still holds, since it holds either way).
 * - `missing` collects the open questions the applied rules name: for
 *   'undecided' what it waits for; for 'required' what could still lift it
 *   (the encryption exemption, the 委託先's notice to the 委託元).
 *
 * Stances taken where the law leaves room (see the report of issue 12):
 * - おそれ counts as yes in every criterion (施行規則 第7条「発生したおそれ」).
 * - A criterion not yet known does not stop 'required' when another is met.
 * - Strong encryption exempts only when the key has not leaked, and only when
 *   confirmed: while unknown the report stays required.
 * - Ransomware is unauthorised access, so it meets 第7条第3号 (不正の目的のおそれ)
 *   by itself; "no leak" for ransomware needs log analysis that ruled out
 *   exfiltration, and so does the encryption exemption.
 */
import type { ItemId } from '@/checklist/types';
import { individualsThreshold, type LegalFacts, type OrganisationType } from './facts';
import { isAsked, QUESTION_IDS, type Answers, type QuestionId, type TriggerAnswer, type YesNoUnknown } from './questions';

/** Changes whenever a rule, its order or its source changes; printed with the record. */
export const RULES_VERSION = 'ppc-rules-2026-11.1';

export type Verdict = 'required' | 'notRequired' | 'undecided';
export type TriggerId = 'sensitive' | 'financial' | 'fraud' | 'individuals';
export type TriggerState = 'met' | 'notMet' | 'unknown';

/** What a rule's condition reads. */
export type Situation = {
  event: TriggerAnswer;
  ransomware: TriggerAnswer;
  exfiltrationRuledOut: YesNoUnknown;
  encrypted: YesNoUnknown;
  keyLeaked: TriggerAnswer;
  sensitive: TriggerAnswer;
  financial: TriggerAnswer;
  fraud: TriggerAnswer;
  /** The number of individuals against the threshold of the organisation type: over it, not over it, or not known. */
  individualsOver: YesNoUnknown;
  contractor: YesNoUnknown;
  principalNotified: YesNoUnknown;
  /** The four criteria together: one met, none met (all known), or none met and some not known. */
  criteria: 'met' | 'none' | 'unknown';
};

/** Every key named must have one of the values listed. */
export type Condition = { readonly [K in keyof Situation]?: readonly Situation[K][] };

/** A citation: the law's article as the PPC and lawyers cite it, or the manual's step. */
export type Citation = string;

export type Reason = {
  /** Locale key (legal.reasons.*). */
  key: string;
  params: Record<string, string | number>;
  source: Citation;
};

export type StageId = 'occurrence' | 'exemption' | 'criteria' | 'contractor';

export type Rule = {
  id: string;
  when: Condition;
  then: 'continue' | 'pending' | Verdict;
  /** Locale key: legal.reasons.<id>. */
  reason: string;
  source: Citation;
  /** The source when the hospital reports as 行政機関等 (if it differs). */
  sourcePublic?: Citation;
  /** Open questions this rule's outcome depends on (listed while unknown and asked). */
  missing?: readonly QuestionId[];
};

export type Stage = { id: StageId; rules: readonly Rule[] };

export type Trigger = {
  id: TriggerId;
  /** The question the criterion is answered by. */
  question: QuestionId;
  /** Met when any of these holds. */
  met: readonly Condition[];
  /** Not met when this holds (and no `met` does). Otherwise not known. */
  notMet: Condition;
  source: Citation;
  sourcePublic: Citation;
};

const SOON = ['yes', 'possibly'] as const;
const LAW = '個人情報保護法';
const RULE = '施行規則';
const MANUAL = '徳島県マニュアル';

/**
 * The four criteria of 「個人の権利利益を害するおそれが大きいもの」 (施行規則 第7条; for
 * 行政機関等 第43条). ①–③ apply from one person; ④ needs OVER the threshold.
 */
export const TRIGGERS: readonly Trigger[] = [
  {
    id: 'sensitive',
    question: 'sensitive',
    met: [{ sensitive: SOON }],
    notMet: { sensitive: ['no'] },
    source: `${LAW} 第26条第1項、${RULE} 第7条第1号`,
    sourcePublic: `${LAW} 第68条第1項、${RULE} 第43条第1号`,
  },
  {
    id: 'financial',
    question: 'financial',
    met: [{ financial: SOON }],
    notMet: { financial: ['no'] },
    source: `${LAW} 第26条第1項、${RULE} 第7条第2号`,
    sourcePublic: `${LAW} 第68条第1項、${RULE} 第43条第2号`,
  },
  {
    id: 'fraud',
    question: 'fraud',
    // Ransomware is unauthorised access: 不正の目的のおそれ by itself (domain.md §4.4 T3).
    met: [{ fraud: SOON }, { ransomware: SOON }],
    notMet: { fraud: ['no'] },
    source: `${LAW} 第26条第1項、${RULE} 第7条第3号`,
    sourcePublic: `${LAW} 第68条第1項、${RULE} 第43条第3号`,
  },
  {
    id: 'individuals',
    question: 'individuals',
    met: [{ individualsOver: ['yes'] }],
    notMet: { individualsOver: ['no'] },
    source: `${LAW} 第26条第1項、${RULE} 第7条第4号`,
    sourcePublic: `${LAW} 第68条第1項、${RULE} 第43条第4号`,
  },
];

const OCCURRENCE = `${LAW} 第26条第1項、${RULE} 第7条（「発生し、又は発生したおそれがある事態」）`;
const RANSOMWARE = `${MANUAL}【2-10】「サイバー攻撃（疑い含む）の場合、アクセスログの分析や情報の改ざん、暗号化の有無等から、情報漏えいの有無等を確認してください。」`;
const DAMAGE = `${MANUAL}【参考】毀損「※当該データと同じデータが他に保管されている場合は毀損に該当しません。」`;
const ENCRYPTION = `${RULE} 第7条第1号（「高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたものを除く。」）、個人情報保護委員会ガイドライン（通則編）3-5-3-1`;
const CRITERIA = `${LAW} 第26条第1項、${RULE} 第7条各号`;
const CRITERIA_PUBLIC = `${LAW} 第68条第1項、${RULE} 第43条各号`;
const CONTRACTOR = `${LAW} 第26条第1項ただし書、${RULE} 第9条；${MANUAL}【参考】「※委託元へ通知した場合は、委託先から個人情報保護委員会への報告義務は免除」`;
const BOTH_REPORT = `${MANUAL}【参考】「※原則として委託元、委託先が報告義務を負う」`;

export const STAGES: readonly Stage[] = [
  {
    id: 'occurrence',
    rules: [
      {
        // Logs could not rule out exfiltration: a possible leak, whatever was answered about the event.
        id: 'exfiltrationNotRuledOut',
        when: { event: ['no', 'unknown'], ransomware: SOON, exfiltrationRuledOut: ['no'] },
        then: 'continue',
        reason: 'legal.reasons.exfiltrationNotRuledOut',
        source: `${RANSOMWARE}；${OCCURRENCE}`,
      },
      {
        id: 'ransomwareAwaitsLogs',
        when: { event: ['no', 'unknown'], ransomware: SOON, exfiltrationRuledOut: ['unknown'] },
        then: 'pending',
        reason: 'legal.reasons.ransomwareAwaitsLogs',
        source: RANSOMWARE,
        missing: ['event', 'exfiltrationRuledOut'],
      },
      {
        id: 'ransomwareRuledOut',
        when: { event: ['no'], ransomware: SOON, exfiltrationRuledOut: ['yes'] },
        then: 'notRequired',
        reason: 'legal.reasons.ransomwareRuledOut',
        source: `${RANSOMWARE}；${DAMAGE}`,
      },
      {
        id: 'noEventRansomwareUnknown',
        when: { event: ['no'], ransomware: ['unknown'] },
        then: 'pending',
        reason: 'legal.reasons.noEventRansomwareUnknown',
        source: RANSOMWARE,
        missing: ['ransomware'],
      },
      {
        id: 'noEvent',
        when: { event: ['no'], ransomware: ['no'] },
        then: 'notRequired',
        reason: 'legal.reasons.noEvent',
        source: OCCURRENCE,
      },
      {
        id: 'eventUnknown',
        when: { event: ['unknown'] },
        then: 'pending',
        reason: 'legal.reasons.eventUnknown',
        source: OCCURRENCE,
        missing: ['event', 'ransomware'],
      },
      {
        id: 'eventHappened',
        when: { event: ['yes'] },
        then: 'continue',
        reason: 'legal.reasons.eventHappened',
        source: OCCURRENCE,
      },
      {
        id: 'eventPossible',
        when: { event: ['possibly'] },
        then: 'continue',
        reason: 'legal.reasons.eventPossible',
        source: OCCURRENCE,
      },
    ],
  },
  {
    id: 'exemption',
    rules: [
      {
        // An attacker inside the systems may have had the data in clear or the key.
        id: 'encryptedButRansomware',
        when: { ransomware: SOON, exfiltrationRuledOut: ['no', 'unknown'], encrypted: ['yes'], keyLeaked: ['no'] },
        then: 'continue',
        reason: 'legal.reasons.encryptedButRansomware',
        source: `${ENCRYPTION}；${RANSOMWARE}`,
        missing: ['exfiltrationRuledOut'],
      },
      {
        id: 'encryptedExempt',
        when: { encrypted: ['yes'], keyLeaked: ['no'] },
        then: 'notRequired',
        reason: 'legal.reasons.encryptedExempt',
        source: ENCRYPTION,
      },
      {
        id: 'encryptedKeyLeaked',
        when: { encrypted: ['yes'], keyLeaked: SOON },
        then: 'continue',
        reason: 'legal.reasons.encryptedKeyLeaked',
        source: ENCRYPTION,
      },
      {
        id: 'encryptedKeyUnknown',
        when: { encrypted: ['yes'], keyLeaked: ['unknown'] },
        then: 'continue',
        reason: 'legal.reasons.encryptedKeyUnknown',
        source: ENCRYPTION,
        missing: ['keyLeaked'],
      },
      {
        id: 'encryptionUnknown',
        when: { encrypted: ['unknown'] },
        then: 'continue',
        reason: 'legal.reasons.encryptionUnknown',
        source: ENCRYPTION,
        missing: ['encrypted'],
      },
      {
        id: 'notEncrypted',
        when: { encrypted: ['no'] },
        then: 'continue',
        reason: 'legal.reasons.notEncrypted',
        source: ENCRYPTION,
      },
    ],
  },
  {
    id: 'criteria',
    rules: [
      {
        id: 'criteriaMet',
        when: { criteria: ['met'] },
        then: 'continue',
        reason: 'legal.reasons.criteriaMet',
        source: CRITERIA,
        sourcePublic: CRITERIA_PUBLIC,
      },
      {
        id: 'criteriaNone',
        when: { criteria: ['none'] },
        then: 'notRequired',
        reason: 'legal.reasons.criteriaNone',
        source: CRITERIA,
        sourcePublic: CRITERIA_PUBLIC,
      },
      {
        id: 'criteriaUnknown',
        when: { criteria: ['unknown'] },
        then: 'undecided',
        reason: 'legal.reasons.criteriaUnknown',
        source: CRITERIA,
        sourcePublic: CRITERIA_PUBLIC,
        missing: ['sensitive', 'financial', 'fraud', 'individuals'],
      },
    ],
  },
  {
    id: 'contractor',
    rules: [
      {
        id: 'contractorNotified',
        when: { contractor: ['yes'], principalNotified: ['yes'] },
        then: 'notRequired',
        reason: 'legal.reasons.contractorNotified',
        source: CONTRACTOR,
      },
      {
        id: 'contractorToNotify',
        when: { contractor: ['yes'] },
        then: 'required',
        reason: 'legal.reasons.contractorToNotify',
        source: `${CONTRACTOR}；${BOTH_REPORT}`,
        missing: ['principalNotified'],
      },
      {
        id: 'contractorUnknown',
        when: { contractor: ['unknown'] },
        then: 'required',
        reason: 'legal.reasons.contractorUnknown',
        source: `${LAW} 第26条第1項；${BOTH_REPORT}`,
        missing: ['contractor'],
      },
      {
        id: 'required',
        when: { contractor: ['no'] },
        then: 'required',
        reason: 'legal.reasons.required',
        source: `${LAW} 第26条第1項`,
      },
    ],
  },
];

export type Decision = {
  verdict: Verdict;
  /** The chain of reasons, in the order the rules applied; then each criterion's state. */
  reasons: Reason[];
  /** Open questions the verdict waits for ('undecided') or that could still change it. Only questions a form asks now. */
  missing: QuestionId[];
  /** The ids of the rules that applied, in order. */
  applied: string[];
  triggers: Record<TriggerId, TriggerState>;
  /** Whether the event is a 第7条第3号 event (不正の目的のおそれ): the 確報 deadline is 60 days then. */
  fraud: boolean | 'unknown';
  organisationType: OrganisationType;
  threshold: number;
  rulesVersion: string;
  factsVersion: string;
};

function holds(condition: Condition, situation: Situation): boolean {
  return Object.entries(condition).every(([key, values]) =>
    (values as readonly string[]).includes(situation[key as keyof Situation]),
  );
}

function individualsOver(count: Answers['individuals'], threshold: number): YesNoUnknown {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return 'unknown';
  return count > threshold ? 'yes' : 'no';
}

function triggerState(trigger: Trigger, s: Situation): TriggerState {
  if (trigger.met.some((c) => holds(c, s))) return 'met';
  return holds(trigger.notMet, s) ? 'notMet' : 'unknown';
}

/** The rule of the stage that applies to the situation: the first whose condition holds. */
export function applicableRule(stage: Stage, situation: Situation): Rule | undefined {
  return stage.rules.find((r) => holds(r.when, situation));
}

/** The answers as the rules read them. */
export function situationOf(answers: Answers, facts: LegalFacts): { situation: Situation; triggers: Record<TriggerId, TriggerState> } {
  const situation: Situation = {
    event: answers.event ?? 'unknown',
    ransomware: answers.ransomware ?? 'unknown',
    exfiltrationRuledOut: answers.exfiltrationRuledOut ?? 'unknown',
    encrypted: answers.encrypted ?? 'unknown',
    keyLeaked: answers.keyLeaked ?? 'unknown',
    sensitive: answers.sensitive ?? 'unknown',
    financial: answers.financial ?? 'unknown',
    fraud: answers.fraud ?? 'unknown',
    individualsOver: individualsOver(answers.individuals, individualsThreshold(facts)),
    contractor: answers.contractor ?? 'unknown',
    principalNotified: answers.principalNotified ?? 'unknown',
    criteria: 'unknown', // set below: no criterion reads it
  };
  const triggers = Object.fromEntries(TRIGGERS.map((t) => [t.id, triggerState(t, situation)])) as Record<TriggerId, TriggerState>;
  const states = Object.values(triggers);
  situation.criteria = states.includes('met') ? 'met' : states.includes('unknown') ? 'unknown' : 'none';
  return { situation, triggers };
}

/** Whether a question is still open: not answered, or answered 不明 (a count: 'unknown' or not a whole number). */
function isOpen(id: QuestionId, answers: Answers): boolean {
  const value = answers[id];
  if (id === 'individuals') return typeof value !== 'number' || !Number.isInteger(value) || value < 0;
  return value === undefined || value === 'unknown';
}

/**
 * The decision for the answers so far. `facts` gives the threshold (by the
 * organisation type) and the version printed with the record.
 */
export function decide(answers: Answers, facts: LegalFacts): Decision {
  const { situation, triggers } = situationOf(answers, facts);
  const isPublic = facts.organisationType === 'public';
  const threshold = individualsThreshold(facts);
  const reasons: Reason[] = [];
  const applied: string[] = [];
  const missing = new Set<QuestionId>();
  let verdict: Verdict | undefined;
  let pending = false;

  for (const stage of STAGES) {
    const rule = applicableRule(stage, situation);
    if (!rule) throw new Error(`No rule of stage ${stage.id} applies`); // the tests prove every situation is covered
    applied.push(rule.id);
    reasons.push({ key: rule.reason, params: { threshold }, source: (isPublic && rule.sourcePublic) || rule.source });
    for (const q of rule.missing ?? []) if (isOpen(q, answers) && isAsked(q, answers)) missing.add(q);
    if (stage.id === 'criteria') {
      for (const t of TRIGGERS) {
        reasons.push({
          key: `legal.reasons.trigger.${t.id}.${triggers[t.id]}`,
          params: { threshold, count: typeof answers.individuals === 'number' ? answers.individuals : '' },
          source: isPublic ? t.sourcePublic : t.source,
        });
      }
    }
    if (rule.then === 'pending') pending = true;
    else if (rule.then !== 'continue') {
      verdict = rule.then;
      break;
    }
  }
  if (verdict === undefined) throw new Error('The last stage always decides');
  if (pending && verdict === 'required') {
    verdict = 'undecided';
    reasons.push({ key: 'legal.reasons.pendingUndecided', params: {}, source: OCCURRENCE });
  }
  // 'notRequired' holds either way: what it would have waited for is no longer missing.
  const open = verdict === 'notRequired' ? [] : [...missing];
  return {
    verdict,
    reasons,
    missing: open.sort((a, b) => QUESTION_IDS.indexOf(a) - QUESTION_IDS.indexOf(b)),
    applied,
    triggers,
    fraud: triggers.fraud === 'met' ? true : triggers.fraud === 'notMet' ? false : 'unknown',
    organisationType: facts.organisationType,
    threshold,
    rulesVersion: RULES_VERSION,
    factsVersion: facts.version,
  };
}


// ---- the proposal for 【2-10】「自治体や個人情報保護委員会への連絡は必要か」 ----------------

/** The item of the checklist the proposal is for (src/checklist/definition.ts, step 2-10). */
export const CONTACT_ITEM_ID = 'ppcReportNeeded' satisfies ItemId;

export type ContactAnswer = 'yes' | 'no' | 'unknown';

/** The answer the decision proposes for the tri-state item: it never writes it. */
export function proposeContactAnswer(decision: Pick<Decision, 'verdict'>): ContactAnswer {
  return decision.verdict === 'required' ? 'yes' : decision.verdict === 'notRequired' ? 'no' : 'unknown';
}

/** Whether the user's own answer differs from the proposal (an unanswered item differs from nothing). */
export function differs(proposal: ContactAnswer, userAnswer: ContactAnswer | ''): boolean {
  return userAnswer !== '' && userAnswer !== proposal;
}

export type ContactComparison = {
  proposal: ContactAnswer;
  user: ContactAnswer | '';
  state: 'unanswered' | 'agrees' | 'differs';
  /** Locale key of the line to show beside the item (params: proposal, user — option keys triState.*). */
  key: `legal.proposal.${'unanswered' | 'agrees' | 'differs'}`;
};

/** The proposal beside what the user chose, for the line the UI shows under the item. */
export function compareContact(decision: Pick<Decision, 'verdict'>, userAnswer: ContactAnswer | ''): ContactComparison {
  const proposal = proposeContactAnswer(decision);
  const state = userAnswer === '' ? 'unanswered' : differs(proposal, userAnswer) ? 'differs' : 'agrees';
  return { proposal, user: userAnswer, state, key: `legal.proposal.${state}` };
}
