import { useTranslation } from 'react-i18next';

/**
 * The quiet mark (†) after what this app suggests and the manual does not ask
 * for: an item, an option, a judgement hint, a table's preset row. Its
 * accessible name is short (「提案」); the title explains it, and the section's
 * legend (<ProposedLegend>) says once what the mark means.
 */
export function ProposedMark() {
  const { t } = useTranslation();
  return (
    <span className="proposed-mark" role="img" aria-label={t('proposed.label')} title={t('proposed.title')}>
      †
    </span>
  );
}

/** Once per section that has a mark: what † means. */
export function ProposedLegend() {
  const { t } = useTranslation();
  return <p className="proposed-legend">{t('proposed.legend')}</p>;
}
