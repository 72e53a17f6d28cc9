import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: 'active' | 'completed' }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
