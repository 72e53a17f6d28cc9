import { useTranslation } from 'react-i18next';

/** Marks an item or option that is our proposal, not the manual's wording. */
export function ProposedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-proposed" title={t('proposed.title')}>
      {t('proposed.label')}
    </span>
  );
}
