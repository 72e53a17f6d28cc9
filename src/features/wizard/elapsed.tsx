import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MINUTE = 60_000;

/** Whole minutes from `fromIso` to `nowMs` as days, hours and minutes; null for no date or one in the future. */
export function elapsedParts(fromIso: string, nowMs: number): { d: number; h: number; m: number } | null {
  const from = Date.parse(fromIso);
  if (!fromIso || Number.isNaN(from) || nowMs < from) return null;
  const minutes = Math.floor((nowMs - from) / MINUTE);
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}

/** 「検知から 2時間15分」 / "2 h 15 min since detection", redrawn as each whole minute since detection passes. */
export function ElapsedSinceDetection({ detectedAt }: { detectedAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const from = Date.parse(detectedAt);
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = Date.now();
      const intoMinute = Number.isNaN(from) ? current % MINUTE : (((current - from) % MINUTE) + MINUTE) % MINUTE;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, MINUTE - intoMinute + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [detectedAt]);
  const parts = elapsedParts(detectedAt, now);
  if (!parts) return null;
  const duration =
    parts.d > 0
      ? t('elapsed.daysHours', { d: parts.d, h: parts.h })
      : parts.h > 0
        ? t('elapsed.hoursMinutes', { h: parts.h, m: parts.m })
        : t('elapsed.minutes', { m: parts.m });
  return <span className="elapsed">{t('elapsed.since', { duration })}</span>;
}
