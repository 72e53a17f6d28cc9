import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateIncidentMeta } from '@/db/incidents';
import type { IncidentRow } from '@/db/types';
import { trackSave } from '@/features/saving/save-status';
import { isoToJstInput, jstInputToIso } from '@/lib/dates';

/** Correcting the title or the detected-at time, inline; the change is logged. */
export function IncidentMetaEdit({ incident, onDone }: { incident: IncidentRow; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(incident.title);
  const [detectedAt, setDetectedAt] = useState(isoToJstInput(incident.detectedAt));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const iso = jstInputToIso(detectedAt);
    if (title.trim() === '') return setError('validation.required');
    if (iso === '') return setError('validation.invalidDate');
    try {
      await trackSave(() => updateIncidentMeta(incident.id, { title: title.trim(), detectedAt: iso }, incident.recorder));
      onDone();
    } catch {
      setError('incident.metaFailed');
    }
  };
  return (
    <form
      className="meta-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('incident.title')}</span>
        <input type="text" value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        <span>
          {t('incident.detectedAt')} ({t('dates.jst')})
        </span>
        <input type="datetime-local" value={detectedAt} onChange={(e) => setDetectedAt(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-small button-primary">
          {t('incident.metaSave')}
        </button>
        <button type="button" className="button-small button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
