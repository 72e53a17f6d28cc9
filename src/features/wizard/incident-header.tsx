import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeIncident, reopenIncident } from '@/db/save';
import type { IncidentRow } from '@/db/types';
import { DeadlineBadge } from '@/components/deadline-badge';
import { LanguageSwitch } from '@/components/language-switch';
import { SaveIndicator } from '@/components/save-indicator';
import { SkipLink } from '@/components/skip-link';
import { StatusBadge } from '@/components/status-badge';
import { UserText } from '@/components/user-text';
import { trackSave, UnsavedChangesError } from '@/saving/save-status';
import { flushAllSaved } from '@/saving/pending-saves';
import { formatDateTime } from '@/lib/dates';
import { paths } from '@/lib/router';
import { CompleteConfirm, openSteps } from './complete-confirm';
import { ElapsedSinceDetection } from './elapsed';
import { IncidentMetaEdit } from './incident-meta-edit';
import { RecorderSwitch } from './recorder-switch';
import { useStickyHeight } from './use-sticky-height';

/**
 * Where am I and what is saved: title, detected-at and the time since,
 * status, recorder, save state, completion. It stays at the top of the
 * window (sticky) on every step.
 */
export function IncidentHeader({ incident }: { incident: IncidentRow }) {
  const { t, i18n } = useTranslation();
  const bar = useStickyHeight<HTMLElement>('--bar-h');
  const completed = incident.status === 'completed';
  const [editingMeta, setEditingMeta] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const metaButton = useRef<HTMLButtonElement>(null);
  const completeButton = useRef<HTMLButtonElement>(null);
  const metaDone = () => {
    setEditingMeta(false);
    requestAnimationFrame(() => metaButton.current?.focus()); // back where the keyboard was
  };
  // After 完了 / 再開 the button pressed is gone: the keyboard goes on from the one that replaced it.
  const reopenButton = useRef<HTMLButtonElement>(null);
  const focusAfterStatus = useRef(false);
  useEffect(() => {
    if (!focusAfterStatus.current) return;
    focusAfterStatus.current = false;
    (completed ? reopenButton : completeButton).current?.focus();
  }, [completed]);
  const complete = async () => {
    setConfirming(false);
    // Never complete over typing that is still waiting to be written: it could not be written after.
    if (!(await flushAllSaved())) return trackSave(() => Promise.reject(new UnsavedChangesError()), incident.id);
    focusAfterStatus.current = true;
    await trackSave(() => completeIncident(incident.id, incident.recorder), incident.id).catch((error: unknown) => {
      focusAfterStatus.current = false;
      throw error;
    });
  };
  // Open items left: ask once first (inline, see CompleteConfirm); none: complete at once.
  const askComplete = () => {
    if (confirming) return;
    if (openSteps(incident.answers).length > 0) setConfirming(true);
    else void complete().catch(() => undefined);
  };
  const cancelComplete = () => {
    setConfirming(false);
    requestAnimationFrame(() => completeButton.current?.focus());
  };
  const reopen = () => {
    focusAfterStatus.current = true;
    return trackSave(() => reopenIncident(incident.id, incident.recorder), incident.id).catch((error: unknown) => {
      focusAfterStatus.current = false;
      throw error;
    });
  };

  return (
    <header className="incident-header" ref={bar}>
      <SkipLink />
      <div className="incident-bar">
        <div className="bar-row">
          <a className="button-small button-quiet" href={paths.list()}>
            ← {t('nav.backToList')}
          </a>
          <h1 className="incident-title">
            <UserText>{incident.title}</UserText>
          </h1>
          {!completed && !editingMeta && (
            <button ref={metaButton} type="button" className="link-button" onClick={() => setEditingMeta(true)}>
              {t('incident.metaEdit')}
            </button>
          )}
          <a className="button-small button-quiet" href={paths.record(incident.id)}>
            {t('record.show')}
          </a>
          <a className="button-small button-quiet" href={paths.settings()}>
            {t('nav.settings')}
          </a>
          <LanguageSwitch />
        </div>
        <div className="bar-row">
          <p className="incident-when">
            <span>
              {t('incident.detectedAt')}: {formatDateTime(incident.detectedAt, i18n.language)}
            </span>
            {!completed && <ElapsedSinceDetection detectedAt={incident.detectedAt} />}
            <StatusBadge status={incident.status} />
          </p>
          <DeadlineBadge incident={incident} />
          <RecorderSwitch incident={incident} />
          <SaveIndicator incidentId={incident.id} storedAt={incident.updatedAt} />
          {completed ? null : (
            <button
              ref={completeButton}
              type="button"
              className="button-small"
              aria-expanded={confirming}
              onClick={askComplete}
              onKeyDown={(e) => e.key === 'Escape' && confirming && cancelComplete()}
            >
              {t('incident.complete')}
            </button>
          )}
        </div>
      </div>
      {confirming && !completed && (
        <CompleteConfirm
          incidentId={incident.id}
          answers={incident.answers}
          onConfirm={() => void complete().catch(() => undefined)}
          onCancel={cancelComplete}
          onLeave={() => setConfirming(false)}
        />
      )}
      {editingMeta && !completed && <IncidentMetaEdit incident={incident} onDone={metaDone} />}
      {completed && (
        <div className="readonly-banner" role="note">
          <p>{t('incident.readOnly')}</p>
          <button ref={reopenButton} type="button" className="button-small button-primary" onClick={() => void reopen().catch(() => undefined)}>
            {t('incident.reopen')}
          </button>
        </div>
      )}
    </header>
  );
}
