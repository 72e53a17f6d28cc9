import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setNotApplicable } from '@/db/incidents';
import { trackSave } from '@/features/saving/save-status';

/**
 * 対象外 (not applicable) with a reason, inline: no dialog. The reason is
 * written at once; clearing it puts the item back to open or answered.
 */
export function NotApplicable(props: {
  incidentId: string;
  itemId: string;
  reason: string | undefined;
  recorder: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const { incidentId, itemId, reason, recorder, readOnly } = props;

  const save = async (next: string | null) => {
    if (next !== null && next.trim() === '') {
      setError('na.reasonRequired');
      return;
    }
    try {
      await trackSave(() => setNotApplicable(incidentId, itemId, next === null ? null : next.trim(), recorder));
      setEditing(false);
      setError(null);
    } catch {
      setError('na.saveFailed');
    }
  };

  if (reason !== undefined) {
    return (
      <div className="na na-set">
        <p>
          <strong>{t('na.label')}</strong> {t('na.reason')}: {reason}
        </p>
        {!readOnly && (
          <button type="button" className="button-small button-quiet" onClick={() => void save(null)}>
            {t('na.clear')}
          </button>
        )}
      </div>
    );
  }
  if (readOnly) return null;
  if (!editing) {
    return (
      <button type="button" className="button-small button-quiet na-open" onClick={() => setEditing(true)}>
        {t('na.mark')}
      </button>
    );
  }
  return (
    <div className="na na-editing">
      <label htmlFor={inputId}>{t('na.reasonPrompt')}</label>
      <input
        id={inputId}
        type="text"
        value={draft}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void save(draft);
          }
          if (e.key === 'Escape') setEditing(false);
        }}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-small" onClick={() => void save(draft)}>
          {t('na.confirm')}
        </button>
        <button type="button" className="button-small button-quiet" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
