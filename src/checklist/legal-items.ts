/**
 * The 【2-10】 items of the 個人情報保護法 helper (definition.ts, sections
 * 2-10.legal and 2-10.notice) read as the helper's inputs: the answers to its
 * questions, 知った日時, the notice record and the reports filed. Small and
 * free of the rule table, so the incident list may use it.
 */
import type { FiledReports } from './legal/deadlines';
import type { NoticeMethod, NoticeRecord, NoticeStatus } from './legal/notice';
import { NOTICE_METHODS, NOTICE_STATUSES } from './legal/notice';
import { QUESTIONS, type Answers as LegalAnswers, type IndividualsAnswer, type QuestionId } from './legal/questions';
import type { Answer, ItemId, ReportLogValue } from './types';

type Stored = Readonly<Record<string, Answer | undefined>>;

/** The item that asks each question. */
export const QUESTION_ITEMS = {
  event: 'legalEvent',
  ransomware: 'legalRansomware',
  exfiltrationRuledOut: 'legalExfiltrationRuledOut',
  encrypted: 'legalEncrypted',
  keyLeaked: 'legalKeyLeaked',
  sensitive: 'legalSensitive',
  financial: 'legalFinancial',
  fraud: 'legalFraud',
  individuals: 'legalIndividuals',
  contractor: 'legalContractor',
  principalNotified: 'legalPrincipalNotified',
} as const satisfies Record<QuestionId, ItemId>;

export const KNOWN_AT_ITEM = 'legalKnownAt' satisfies ItemId;

/** A stored answer's value, or undefined when unanswered or marked 対象外. */
function valueOf(answers: Stored, id: string): unknown {
  const answer = answers[id];
  return answer && answer.na === undefined ? answer.value : undefined;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * 本人の数 as typed: 1,200 / １２００人 / 約1200 → 1200; 不明, empty or anything
 * else → undefined (the decision then counts it as not known).
 */
export function parseIndividuals(text: string): IndividualsAnswer | undefined {
  const plain = text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，、\s]|人|名|約|people|persons?|individuals?|about|approx\.?/gi, '');
  if (!/^\d{1,9}$/.test(plain)) return undefined;
  return Number(plain);
}

/** The answers to the helper's questions, from the 【2-10】 items. */
export function legalAnswers(answers: Stored): LegalAnswers {
  const out: Record<string, unknown> = {};
  for (const [question, itemId] of Object.entries(QUESTION_ITEMS) as [QuestionId, string][]) {
    const value = valueOf(answers, itemId);
    if (typeof value !== 'string' || value === '') continue;
    if (question === 'individuals') {
      const count = parseIndividuals(value);
      if (count !== undefined) out[question] = count;
      continue;
    }
    if ((QUESTIONS[question] as readonly string[]).includes(value)) out[question] = value;
  }
  return out as LegalAnswers;
}

/** Whether anything of the helper was answered (a question, or 知った日時). */
export function legalTouched(answers: Stored): boolean {
  return [...Object.values(QUESTION_ITEMS), KNOWN_AT_ITEM].some((id) => {
    const value = valueOf(answers, id);
    return typeof value === 'string' && value.trim() !== '';
  });
}

/** 知った日時: the item's value, or the incident's detected-at time while it is empty. */
export function knownAtOf(answers: Stored, detectedAt: string): { at: string; isDefault: boolean } {
  const value = valueOf(answers, KNOWN_AT_ITEM);
  return typeof value === 'string' && value !== '' ? { at: value, isDefault: false } : { at: detectedAt, isDefault: true };
}

/** What was recorded about 本人への通知. */
export function noticeRecordOf(answers: Stored): NoticeRecord {
  const status = valueOf(answers, 'noticeStatus');
  const method = valueOf(answers, 'noticeMethod');
  const at = valueOf(answers, 'noticeAt');
  const note = valueOf(answers, 'noticeNote');
  return {
    status: (NOTICE_STATUSES as readonly unknown[]).includes(status) ? (status as NoticeStatus) : 'notDone',
    ...((NOTICE_METHODS as readonly unknown[]).includes(method) ? { method: method as NoticeMethod } : {}),
    ...(typeof at === 'string' && at ? { at } : {}),
    ...(typeof note === 'string' && note ? { note } : {}),
  };
}

/**
 * The PPC reports filed: the earliest 速報 and 確報 recorded for the 個人情報保護委員会
 * in the 【2-13】 report log. A 追加 or 相談 does not stop a countdown.
 */
export function filedReportsOf(answers: Stored): FiledReports {
  const log = valueOf(answers, 'reportLogMhlw') as ReportLogValue | undefined;
  const ppc = log?.authorities?.find((authority) => authority.id === 'ppc');
  const first = (type: 'sokuho' | 'kakuho') =>
    (ppc?.reports ?? [])
      .filter((report) => report.type === type && report.at)
      .map((report) => report.at)
      .sort()[0];
  const sokuho = first('sokuho');
  const kakuho = first('kakuho');
  return { ...(sokuho && { sokuho }), ...(kakuho && { kakuho }) };
}
