import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeIncident, reopenIncident } from '@/db/save';
import type { IncidentRow } from '@/db/types';
import { LanguageSwitch } from '@/components/language-switch';
import { SaveIndicator } from '@/components/save-indicator';
import { StatusBadge } from '@/components/status-badge';
import { UserText } from '@/components/user-text';
import { trackSave, UnsavedChangesError } from '@/saving/save-status';
import { flushAllSaved } from '@/saving/pending-saves';
import { formatDateTime } from '@/lib/dates';
import { paths } from '@/lib/router';
import { IncidentMetaEdit } from './incident-meta-edit';
import { RecorderSwitch } from './recorder-switch';

/** Where am I and what is saved: title, status, recorder, save state, completion. */
export function IncidentHeader({ incident }: { incident: IncidentRow }) {
  const { t, i18n } = useTranslation();
  const completed = incident.status === 'completed';
  const [editingMeta, setEditingMeta] = useState(false);
  const metaButton = useRef<HTMLButtonElement>(null);
  const metaDone = () => {
    setEditingMeta(false);
    requestAnimationFrame(() => metaButton.current?.focus()); // back where the keyboard was
  };
  const complete = async () => {
    // Never complete over typing that is still waiting to be written: it could not be written after.
    if (!(await flushAllSaved())) return trackSave(() => Promise.reject(new UnsavedChangesError()), incident.id);
    await trackSave(() => completeIncident(incident.id, incident.recorder), incident.id);
  };
  const reopen = () => trackSave(() => reopenIncident(incident.id, incident.recorder), incident.id);

  return (
    <header className="incident-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="incident-bar">
        <a className="button-small button-quiet" href={paths.list()}>
          ← {t('nav.backToList')}
        </a>
        <div className="incident-title">
          <h1>
            <UserText>{incident.title}</UserText>
          </h1>
          <p>
            {t('incident.detectedAt')}: {formatDateTime(incident.detectedAt, i18n.language)} <StatusBadge status={incident.status} />
            {!completed && !editingMeta && (
              <button ref={metaButton} type="button" className="link-button" onClick={() => setEditingMeta(true)}>
                {t('incident.metaEdit')}
              </button>
            )}
          </p>
        </div>
        <RecorderSwitch incident={incident} />
        <SaveIndicator incidentId={incident.id} storedAt={incident.updatedAt} />
        <a className="button-small button-quiet" href={paths.record(incident.id)}>
          {t('record.show')}
        </a>
        <a className="button-small button-quiet" href={paths.settings()}>
          {t('nav.settings')}
        </a>
        <LanguageSwitch />
        {completed ? null : (
          <button type="button" className="button-small" onClick={() => void complete().catch(() => undefined)}>
            {t('incident.complete')}
          </button>
        )}
      </div>
      {editingMeta && !completed && <IncidentMetaEdit incident={incident} onDone={metaDone} />}
      {completed && (
        <div className="readonly-banner" role="note">
          <p>{t('incident.readOnly')}</p>
          <button type="button" className="button-small button-primary" onClick={() => void reopen().catch(() => undefined)}>
            {t('incident.reopen')}
          </button>
        </div>
      )}
    </header>
  );
}
