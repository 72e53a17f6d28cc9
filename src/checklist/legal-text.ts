/**
 * The legal helper's reading of an incident as sentences, for 【2-10】's
 * result panel and the record's summary (page, print and PDF alike). Needs
 * legal.json loaded (loadLegalWording).
 */
import type { TFunction } from 'i18next';
import { formatDateTime } from '@/lib/dates';
import { keys } from './i18n-keys';
import type { KakuhoDeadline, SokuhoDeadline } from './legal/deadlines';
import { compareContact, type ContactAnswer } from './legal/decision';
import { QUESTION_ITEMS } from './legal-items';
import type { LegalStatus } from './legal-status';

export type LegalText = {
  verdict: string;
  reasons: { text: string; source: string }[];
  /** Heading of `missing` ('legal.missing' while undecided, 'legal.couldChange' when required) and the questions. */
  missingHeading: string;
  missing: string[];
  knownAt: string;
  /** 速報 and 確報: one line each (what, when, how long), then how they are counted. */
  deadlines: string[];
  notes: string[];
  notice: string[];
  provenance: string;
};

/** 2026年1月14日 / Jan 14, 2026. */
export function longDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function statusLine(t: TFunction, d: SokuhoDeadline | KakuhoDeadline, lang: string): string {
  const params = { ...d.statusParams, due: longDate(d.due, lang), ...(d.statusParams.filed ? { filed: longDate(String(d.statusParams.filed), lang) } : {}) };
  return t(d.statusKey, params);
}

export function legalText(status: LegalStatus, t: TFunction, lang: string): LegalText {
  const { decision, notice } = status;
  const missing = decision.missing.map((q) => t(keys.itemLabel(QUESTION_ITEMS[q])));
  const date = formatDateTime(status.knownAt.at, lang);
  const deadlines: string[] = [];
  const notes: string[] = [];
  const colon = lang === 'en' ? ': ' : '：';
  const dash = lang === 'en' ? '; ' : '／';
  if (status.deadlines.ok) {
    const { sokuho, kakuho } = status.deadlines;
    deadlines.push(
      `${t('legal.deadlines.sokuho.label')}${colon}${t('legal.deadlines.sokuho.window', { from: longDate(sokuho.from, lang), to: longDate(sokuho.due, lang), min: status.days.sokuhoDaysMin, max: status.days.sokuhoDaysMax })}${dash}${statusLine(t, sokuho, lang)}`,
      `${t('legal.deadlines.kakuho.label')}${colon}${t('legal.deadlines.kakuho.due', { date: longDate(kakuho.due, lang), days: kakuho.days })}${dash}${statusLine(t, kakuho, lang)}`,
    );
    if (kakuho.recommended) deadlines.push(t('legal.deadlines.kakuho.recommended', { date: longDate(kakuho.recommended, lang), days: status.days.kakuhoDays }));
    if (kakuho.ifFraud) deadlines.push(t('legal.deadlines.kakuho.ifFraud', { date: longDate(kakuho.ifFraud, lang), days: status.days.kakuhoDaysFraud }));
    for (const note of status.deadlines.notes) {
      const params = { ...note.params, ...(note.params.knownDate ? { knownDate: longDate(String(note.params.knownDate), lang) } : {}), ...(note.params.date ? { date: longDate(String(note.params.date), lang) } : {}) };
      notes.push(t(note.key, params));
    }
  } else deadlines.push(t(status.deadlines.error));
  return {
    verdict: t(`legal.verdict.${decision.verdict}`),
    reasons: decision.reasons.map((r) => ({ text: t(r.key, r.params), source: t('legal.source', { source: r.source }) })),
    missingHeading: t(decision.verdict === 'required' ? 'legal.couldChange' : 'legal.missing'),
    missing,
    knownAt: t(status.knownAt.isDefault ? 'legal.deadlines.knownAtDefault' : 'legal.deadlines.knownAtLine', { date }),
    deadlines,
    notes,
    notice: [t(notice.key), ...notice.problems.map((p) => t(p)), ...(notice.required === true && notice.status === 'notDone' ? [t(notice.contentKey)] : [])],
    provenance: t('legal.provenance.line', { rulesVersion: decision.rulesVersion, factsVersion: decision.factsVersion }),
  };
}

/** The proposal for 「自治体や個人情報保護委員会への連絡は必要か」 beside the user's answer, as one sentence. */
export function proposalText(status: LegalStatus, userAnswer: ContactAnswer | '', t: TFunction): { state: 'unanswered' | 'agrees' | 'differs'; text: string } {
  const c = compareContact(status.decision, userAnswer);
  return { state: c.state, text: t(c.key, { proposal: t(`triState.${c.proposal}`), user: c.user ? t(`triState.${c.user}`) : '' }) };
}
