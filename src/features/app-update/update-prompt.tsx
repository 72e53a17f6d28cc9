import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, useUpdateReason } from './update-state';

/** A bar, not a dialog: work goes on until the user presses 更新. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const reason = useUpdateReason();
  const [busy, setBusy] = useState(false);
  if (!reason) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t(`update.${reason}`)}</p>
      <button
        type="button"
        className="button-small button-primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void applyUpdate();
        }}
      >
        {t('update.apply')}
      </button>
    </div>
  );
}
