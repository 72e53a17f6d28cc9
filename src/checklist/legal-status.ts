/**
 * The helper's whole reading of one incident: the decision, the deadlines
 * from 知った日時 and the notice duty. Pulls in the rule table: the incident
 * list loads it lazily.
 */
import { decide, type Decision } from './legal/decision';
import { deadlines, type Deadlines } from './legal/deadlines';
import { LEGAL_FACTS, type LegalFacts } from './legal/facts';
import { noticeDuty, type NoticeDuty } from './legal/notice';
import { filedReportsOf, knownAtOf, legalAnswers, legalTouched, noticeRecordOf } from './legal-items';
import type { Answer } from './types';

export type LegalStatus = {
  decision: Decision;
  deadlines: Deadlines;
  knownAt: { at: string; isDefault: boolean };
  notice: NoticeDuty;
  /** The day counts in use (for the sentences that name them). */
  days: LegalFacts['deadlines'];
  /**
   * Whether the countdown is shown (header, list card): the report is
   * required, or not yet decided once any of the helper's questions (or
   * 知った日時) was answered. An incident nobody has looked at this way
   * (a printer fault) shows none; 'not required' shows none.
   */
  counting: boolean;
};

export function legalStatus(
  incident: { detectedAt: string; answers: Readonly<Record<string, Answer | undefined>> },
  now: Date | string = new Date(),
  facts: LegalFacts = LEGAL_FACTS,
): LegalStatus {
  const decision = decide(legalAnswers(incident.answers), facts);
  const knownAt = knownAtOf(incident.answers, incident.detectedAt);
  return {
    decision,
    deadlines: deadlines(knownAt.at, decision.fraud, facts, now, filedReportsOf(incident.answers)),
    knownAt,
    notice: noticeDuty(decision, noticeRecordOf(incident.answers)),
    days: facts.deadlines,
    counting: decision.verdict === 'required' || (decision.verdict === 'undecided' && legalTouched(incident.answers)),
  };
}
