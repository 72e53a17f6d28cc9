import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '@/db/transfer';

/** Afterwards: how many were added, replaced, copied, skipped or already the same. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const lines = (['added', 'replaced', 'copied', 'skipped', 'unchanged'] as const).filter(
    (key) => summary[key] > 0 || key === 'added' || key === 'replaced' || key === 'skipped',
  );
  return (
    <div role="status">
      <h4 ref={heading} tabIndex={-1}>
        {t('transfer.summary.heading')}
      </h4>
      <ul>
        {lines.map((key) => (
          <li key={key}>{t(`transfer.summary.${key}`, { count: summary[key] })}</li>
        ))}
      </ul>
    </div>
  );
}
