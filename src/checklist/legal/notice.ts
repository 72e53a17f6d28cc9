/**
 * 本人への通知: notifying the individuals, a duty of its own beside the PPC
 * report (個人情報保護法 第26条第2項, 施行規則 第10条). It has no fixed deadline:
 * 「当該事態の状況に応じて速やかに」. Where notifying is difficult, the law allows
 * measures in its place, such as a public announcement (公表) with an enquiry
 * desk; that is 'publishedInstead' here.
 *
 * The duty follows the decision: it arises when the report is required, and
 * not for a 委託先 that has notified the 委託元 (第26条第2項「同項ただし書の規定に
 * よる通知をした者を除く」), which the decision already counts as not required.
 */
import type { Decision } from './decision';

export const NOTICE_STATUSES = ['notDone', 'done', 'publishedInstead'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** How the individuals were told (a method they can understand: 施行規則 第10条 / 通則編 3-5-4-3). */
export const NOTICE_METHODS = ['post', 'email', 'phone', 'inPerson', 'other'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** What the hospital records about the notice. */
export type NoticeRecord = {
  status: NoticeStatus;
  /** For 'done'. */
  method?: NoticeMethod;
  /** When it was done or published (ISO). */
  at?: string;
  /** For 'publishedInstead': why notifying was difficult, where it was published, the enquiry desk. */
  note?: string;
};

export type NoticeProblem = 'legal.notice.problem.methodMissing' | 'legal.notice.problem.dateMissing' | 'legal.notice.problem.reasonMissing';

export type NoticeDuty = {
  /** Whether the duty arises: as the report, or not yet known. */
  required: boolean | 'undecided';
  status: NoticeStatus;
  /** Locale key of the line to show: the timing 「速やかに」 while open, or what was done. */
  key: string;
  /** What a record marked done still lacks (a warning, never a block). */
  problems: NoticeProblem[];
  /** Locale key of the content the notice must give (施行規則 第10条). */
  contentKey: 'legal.notice.content';
  source: string;
};

export const NOTICE_SOURCE = '個人情報保護法 第26条第2項、施行規則 第10条';

/** The notice duty for a decision and what has been recorded about it. */
export function noticeDuty(decision: Pick<Decision, 'verdict'>, record: NoticeRecord = { status: 'notDone' }): NoticeDuty {
  const required = decision.verdict === 'required' ? true : decision.verdict === 'notRequired' ? false : 'undecided';
  const problems: NoticeProblem[] = [];
  if (record.status !== 'notDone' && !record.at) problems.push('legal.notice.problem.dateMissing');
  if (record.status === 'done' && !record.method) problems.push('legal.notice.problem.methodMissing');
  if (record.status === 'publishedInstead' && !record.note?.trim()) problems.push('legal.notice.problem.reasonMissing');
  const key =
    record.status !== 'notDone'
      ? `legal.notice.status.${record.status}`
      : required === true
        ? 'legal.notice.timing'
        : required === false
          ? 'legal.notice.notRequired'
          : 'legal.notice.undecided';
  return { required, status: record.status, key, problems, contentKey: 'legal.notice.content', source: NOTICE_SOURCE };
}
