import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setRecorder } from '@/db/incidents';
import type { IncidentRow } from '@/db/types';
import { trackSave } from '@/features/saving/save-status';

/** 記録者: who is recording now. Switching is logged; each tick keeps the name it was made with. */
export function RecorderSwitch({ incident }: { incident: IncidentRow }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(incident.recorder);
  const save = async () => {
    const name = draft.trim();
    if (name === '' || name === incident.recorder) return setEditing(false);
    await trackSave(() => setRecorder(incident.id, name)).catch(() => undefined);
    setEditing(false);
  };
  if (!editing) {
    return (
      <div className="recorder">
        <span>
          {t('recorder.label')}: <strong>{incident.recorder || t('recorder.none')}</strong>
        </span>
        {incident.status !== 'completed' && (
          <button
            type="button"
            className="button-small button-quiet"
            onClick={() => {
              setDraft(incident.recorder);
              setEditing(true);
            }}
          >
            {t('recorder.change')}
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="recorder"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('recorder.label')}</span>
        <input type="text" value={draft} autoFocus maxLength={100} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit" className="button-small">
        {t('recorder.switch')}
      </button>
      <button type="button" className="button-small button-quiet" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
