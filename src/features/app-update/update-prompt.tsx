import { useTranslation } from 'react-i18next';
import { applyUpdate, useInputsLocked, useUpdateReason } from './update-state';

/** A bar, not a dialog: work goes on until the user presses 更新; from then on, inputs wait for the reload. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const reason = useUpdateReason();
  const locked = useInputsLocked();
  if (!reason && !locked) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{reason && t(`update.${reason}`)}</p>
      {locked && <p className="update-locked">{t('update.locked')}</p>}
      {reason && (
        <button type="button" className="button-small button-primary" onClick={() => void applyUpdate()}>
          {t('update.apply')}
        </button>
      )}
    </div>
  );
}
