import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '@/saving/save-status';
import { formatTime } from '@/lib/dates';

/**
 * Always visible: 保存済み 14:03:12 / 保存中 / 保存できませんでした (reason).
 * `storedAt`: when what is on screen was last stored, for a page that has
 * written nothing yet (just opened, what it shows is what is stored).
 * `incidentId`: on an incident's pages, only that incident's writes count.
 */
export function SaveIndicator({ storedAt, incidentId }: { storedAt?: string; incidentId?: string }) {
  const { t } = useTranslation();
  const status = useSaveStatus(incidentId);
  let text: string;
  switch (status.state) {
    case 'idle':
      text = storedAt ? t('save.saved', { time: formatTime(storedAt) }) : t('save.idle');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(status.at) });
      break;
    case 'error':
      text = `${t('save.error')}: ${t(status.reason)}`;
      break;
  }
  return (
    <p className={`save-indicator save-${status.state === 'idle' && storedAt ? 'saved' : status.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
