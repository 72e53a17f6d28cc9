/**
 * The deadlines of the PPC report (施行規則 第8条), counted down.
 *
 * - Start: 知った日時 (when the hospital knew of the event; the UI keeps it as a
 *   field of its own, defaulting to the incident's detected-at time).
 * - Counting: Japan-time calendar days, the day of knowing counted as day 1,
 *   no rolling forward over weekends or holidays. This gives the earliest
 *   plausible date (domain.md §4.2, §7 item 5: how PPC counts is not
 *   verified): knowing at 2026-01-10 23:59 JST makes Jan 10 day 1, so 30 days
 *   end on Feb 8 (Jan 10 + 29); knowing a minute later, at 00:00 on Jan 11,
 *   they end on Feb 9.
 * - 速報: 「速やかに」, the guideline's target 概ね3〜5日以内: the window runs
 *   from day 3 to day 5, and the countdown runs to day 5.
 * - 確報: 30 days; 60 when the event is a 第7条第3号 event (不正の目的のおそれ).
 *   While that is not known, the stricter 30 days are shown, with the 60-day
 *   date beside them; when it is, the 60-day date is the limit and the 30-day
 *   date is shown as the recommended target (domain.md §4.2).
 * - A report recorded as filed stops its countdown (status 'done'). A filed
 *   確報 also ends the 速報's countdown: it holds every item the 速報 would.
 */
import { daysBetween, jstDateOf, lastDayOf, type JstDate } from './calendar';
import type { LegalFacts } from './facts';

export type DeadlineStatus = 'upcoming' | 'inWindow' | 'dueToday' | 'overdue' | 'done';

/** When each report was filed (ISO), as recorded in 【2-13】; absent while not filed. */
export type FiledReports = { sokuho?: string; kakuho?: string };

export type Note = { key: string; params: Record<string, string | number> };

type Countdown = {
  /** The last day (inclusive) the countdown runs to. */
  due: JstDate;
  /** Calendar days from today to `due`: 0 on the day, negative when overdue; null once filed. */
  daysLeft: number | null;
  status: DeadlineStatus;
  /** When filed: the filing time and whether it was on or before `due`. */
  filedAt?: string;
  filedOnTime?: boolean;
  /** Locale key of the status line and its params (count: days left, or days overdue; due; filed: the filing's Japan date). */
  statusKey: string;
  statusParams: Record<string, string | number>;
  source: string;
};

export type SokuhoDeadline = Countdown & {
  kind: 'sokuho';
  /** The target window: day sokuhoDaysMin to day sokuhoDaysMax (`due`). */
  from: JstDate;
};

export type KakuhoDeadline = Countdown & {
  kind: 'kakuho';
  /** The period `due` ends: 30, or 60 for a 第3号 event. */
  days: number;
  /** When the event is a 第3号 event: the 30-day date, as the recommended target. */
  recommended?: JstDate;
  /** When it is not known whether it is one: the 60-day date it would be. */
  ifFraud?: JstDate;
};

export type Deadlines =
  | {
      ok: true;
      /** Day 1: the Japan date of knowing. */
      knownDate: JstDate;
      today: JstDate;
      sokuho: SokuhoDeadline;
      kakuho: KakuhoDeadline;
      /** Lines to print under the deadlines: how they are counted, and the 30/60 note. */
      notes: Note[];
    }
  | { ok: false; error: 'legal.deadlines.knownAtInvalid' | 'legal.deadlines.nowInvalid' };

const SOKUHO_SOURCE = '個人情報保護法 第26条第1項、施行規則 第8条第1項（「速やかに」）；個人情報保護委員会ガイドライン（通則編）3-5-3-3（概ね3〜5日以内）';
const KAKUHO_SOURCE = '施行規則 第8条第2項';

function countdown(today: JstDate, due: JstDate, filedAt: string | undefined, from?: JstDate): Omit<Countdown, 'source'> {
  const filedDate = filedAt ? jstDateOf(filedAt) : '';
  if (filedAt && filedDate) {
    const onTime = filedDate <= due;
    return {
      due,
      daysLeft: null,
      status: 'done',
      filedAt,
      filedOnTime: onTime,
      statusKey: `legal.deadlines.status.${onTime ? 'done' : 'doneLate'}`,
      statusParams: { due, filed: filedDate },
    };
  }
  const daysLeft = daysBetween(today, due);
  const status: DeadlineStatus =
    daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'dueToday' : from && today >= from ? 'inWindow' : 'upcoming';
  return { due, daysLeft, status, statusKey: `legal.deadlines.status.${status}`, statusParams: { count: Math.abs(daysLeft), due } };
}

/**
 * The 速報 and 確報 deadlines for an event known at `knownAt` (ISO), as of
 * `now` (ISO or Date). `fraud` is the decision's `fraud`: whether the event
 * is possibly done with 不正の目的 (施行規則 第7条第3号).
 */
export function deadlines(
  knownAt: string,
  fraud: boolean | 'unknown',
  facts: Pick<LegalFacts, 'deadlines'>,
  now: string | Date,
  filed: FiledReports = {},
): Deadlines {
  const knownDate = jstDateOf(knownAt);
  if (!knownDate) return { ok: false, error: 'legal.deadlines.knownAtInvalid' };
  const today = jstDateOf(typeof now === 'string' ? now : Number.isNaN(now.getTime()) ? '' : now.toISOString());
  if (!today) return { ok: false, error: 'legal.deadlines.nowInvalid' };
  const d = facts.deadlines;

  const sokuhoFrom = lastDayOf(knownDate, d.sokuhoDaysMin);
  const sokuhoDue = lastDayOf(knownDate, d.sokuhoDaysMax);
  const sokuho: SokuhoDeadline = {
    kind: 'sokuho',
    from: sokuhoFrom,
    ...countdown(today, sokuhoDue, filed.sokuho || filed.kakuho, sokuhoFrom),
    source: SOKUHO_SOURCE,
  };

  const base30 = lastDayOf(knownDate, d.kakuhoDays);
  const base60 = lastDayOf(knownDate, d.kakuhoDaysFraud);
  const days = fraud === true ? d.kakuhoDaysFraud : d.kakuhoDays;
  const kakuho: KakuhoDeadline = {
    kind: 'kakuho',
    days,
    ...countdown(today, fraud === true ? base60 : base30, filed.kakuho),
    ...(fraud === true ? { recommended: base30 } : {}),
    ...(fraud === 'unknown' ? { ifFraud: base60 } : {}),
    source: KAKUHO_SOURCE,
  };

  const notes: Note[] = [
    { key: 'legal.deadlines.note.counting', params: { knownDate, sokuhoMin: d.sokuhoDaysMin, sokuhoMax: d.sokuhoDaysMax } },
    { key: 'legal.deadlines.note.rule', params: {} },
  ];
  if (fraud === 'unknown') notes.push({ key: 'legal.deadlines.note.fraudUnknown', params: { days: d.kakuhoDays, fraudDays: d.kakuhoDaysFraud, date: base60 } });
  if (fraud === true) notes.push({ key: 'legal.deadlines.note.fraudRecommended', params: { days: d.kakuhoDays, date: base30 } });
  return { ok: true, knownDate, today, sokuho, kakuho, notes };
}
