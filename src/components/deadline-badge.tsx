import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JstDate } from '@/checklist/legal/calendar';
import type { KakuhoDeadline, SokuhoDeadline } from '@/checklist/legal/deadlines';
import { legalStatus } from '@/checklist/legal-status';
import type { Answer } from '@/checklist/types';
import './deadline-badge.css';

const MINUTE = 60_000;

/** 1月14日 / Jan 14: a Japan date, in the language on screen. */
export function shortDate(date: JstDate, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { month: lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The time now, again each minute (the day may turn). */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function line(t: (key: string, params?: Record<string, unknown>) => string, d: SokuhoDeadline | KakuhoDeadline, lang: string): string {
  return t(`deadline.${d.kind}.${d.status}`, { count: Math.abs(d.daysLeft ?? 0), date: shortDate(d.due, lang) });
}

/**
 * 「速報まであと2日」「確報期限 1月14日（あと27日）」: the PPC report's countdowns
 * from 知った日時, red when overdue, stopped once filed. Shown only while the
 * report is required or not yet decided (legalStatus's `counting`).
 * `now` is for tests; otherwise the clock, redrawn each minute.
 */
export function DeadlineBadge(props: {
  incident: { detectedAt: string; answers: Readonly<Record<string, Answer | undefined>> };
  now?: Date;
}) {
  const { t, i18n } = useTranslation();
  const clock = useNow();
  const status = legalStatus(props.incident, props.now ?? clock);
  if (!status.counting || !status.deadlines.ok) return null;
  const { sokuho, kakuho } = status.deadlines;
  return (
    <p className="deadlines" aria-label={t('deadline.label')}>
      {[sokuho, kakuho].map((d) => (
        <span key={d.kind} className={`deadline deadline-${d.status}`}>
          {line(t, d, i18n.language)}
        </span>
      ))}
      {status.decision.verdict === 'undecided' && <span className="deadline-note">{t('deadline.undecided')}</span>}
    </p>
  );
}
