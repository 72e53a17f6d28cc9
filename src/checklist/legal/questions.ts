/**
 * The questions of the 個人情報保護法 decision (domain.md §4.4), in the
 * manual's terms, and the answers they take.
 *
 * Two kinds of "not a plain yes":
 * - 'possibly' (おそれあり): the event or the trait may be there. The law counts
 *   it as yes (「発生し、又は発生したおそれがある場合」, 施行規則 第7条).
 * - 'unknown' (不明・未確認): not found out yet. The decision waits for it
 *   unless another answer already decides.
 * A question left unanswered (undefined) counts as 'unknown'.
 *
 * Locale keys: legal.questions.<id>.label, .hint, and .options.<option>.
 */

/** For the event and the triggers: yes / おそれあり / no / 不明. */
export const TRIGGER_OPTIONS = ['yes', 'possibly', 'no', 'unknown'] as const;
export type TriggerAnswer = (typeof TRIGGER_OPTIONS)[number];

/** For facts that are simply known or not (encryption, log analysis, 委託先). */
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

export const QUESTIONS = {
  /** Q0: did personal data suffer 漏えい / 滅失 / 毀損, or may it have? */
  event: TRIGGER_OPTIONS,
  /** Is it a ransomware attack (or suspected)? Then "no leak" needs log analysis that rules out exfiltration. */
  ransomware: TRIGGER_OPTIONS,
  /** Asked for ransomware: has log analysis ruled out exfiltration? yes = ruled out; no = not ruled out or found. */
  exfiltrationRuledOut: YES_NO_UNKNOWN,
  /** Q0b: is the data protected by strong encryption (高度な暗号化等)? */
  encrypted: YES_NO_UNKNOWN,
  /** Asked when encrypted: has the decryption key leaked, or may it have? */
  keyLeaked: TRIGGER_OPTIONS,
  /** T1: does it contain 要配慮個人情報 (patient clinical data: yes)? */
  sensitive: TRIGGER_OPTIONS,
  /** T2: data whose misuse may cause financial loss (card numbers, online-banking IDs and passwords)? */
  financial: TRIGGER_OPTIONS,
  /** T3: possibly done with 不正の目的 (unauthorised access, ransomware, an insider taking data)? */
  fraud: TRIGGER_OPTIONS,
  /** T4 (a count, not an option): how many individuals' data (leaked or may have)? */
  individuals: null,
  /** Is the hospital the 委託先 (processor) of this data for another business? */
  contractor: YES_NO_UNKNOWN,
  /** Asked for a 委託先: has the 委託元 been notified of the event? */
  principalNotified: YES_NO_UNKNOWN,
} as const;

export type QuestionId = keyof typeof QUESTIONS;
/** In the order a form asks them. */
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** How many individuals: a whole number, or 'unknown' while it is being established. */
export type IndividualsAnswer = number | 'unknown';

/** The answers given so far. Every question may be unanswered. */
export type Answers = {
  [Q in QuestionId]?: Q extends 'individuals' ? IndividualsAnswer : (typeof QUESTIONS)[Q] extends readonly (infer O)[] ? O : never;
};

/** Locale keys of one question. */
export const questionKeys = (id: QuestionId) => ({
  label: `legal.questions.${id}.label`,
  hint: `legal.questions.${id}.hint`,
  option: (option: string) => `legal.questions.${id}.options.${option}`,
});

/**
 * Whether a form should show the question now: the follow-ups only after
 * the answer that calls for them (an answer given earlier is kept, and still
 * read by decide()).
 */
export function isAsked(id: QuestionId, answers: Answers): boolean {
  switch (id) {
    case 'exfiltrationRuledOut':
      return answers.ransomware === 'yes' || answers.ransomware === 'possibly';
    case 'keyLeaked':
      return answers.encrypted === 'yes';
    case 'principalNotified':
      return answers.contractor === 'yes';
    default:
      return true;
  }
}
