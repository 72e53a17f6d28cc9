import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstProblem, newRecorderSchema } from '@/checklist/schema';
import { UserText } from '@/components/user-text';
import type { IncidentRow } from '@/db/types';
import { queueFor } from '@/saving/save-queue';
import { useEscape } from './use-escape';

const KEY = 'recorder';

/**
 * 記録者: who is recording now. The new name is saved as it is typed, like
 * every answer; switching is logged, and each tick keeps the name it was
 * made with.
 */
export function RecorderSwitch({ incident }: { incident: IncidentRow }) {
  const { t } = useTranslation();
  const queue = queueFor(incident.id);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(incident.recorder);
  const [error, setError] = useState<string | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  // A refused name leaves the screen with the editor: the indicator must not keep it.
  useEffect(() => () => queue.forget(KEY), [queue]);

  const type = (name: string) => {
    setDraft(name);
    const problem = firstProblem(newRecorderSchema, name);
    setError(problem);
    if (problem) queue.refuse(KEY, 'save.reason.invalidInput');
    else void queue.put({ kind: 'recorder', name });
  };
  const close = () => {
    // A name that could not be stored leaves the screen: the stored one shows again.
    queue.forget(KEY);
    setError(null);
    setEditing(false);
    requestAnimationFrame(() => changeButton.current?.focus());
  };
  // Escape anywhere in the form (the name or 交代を終える) closes it; the focus goes back to 交代.
  const form = useEscape<HTMLFormElement>(close);

  // Completed (here or in another tab): nothing can be typed any more.
  if (!editing || incident.status === 'completed') {
    return (
      <div className="recorder">
        <span>
          {t('recorder.label')}: <strong>{incident.recorder ? <UserText>{incident.recorder}</UserText> : t('recorder.none')}</strong>
        </span>
        {incident.status !== 'completed' && (
          <button
            ref={changeButton}
            type="button"
            className="button-small button-quiet"
            onClick={() => {
              queue.seen(KEY, incident.recorder);
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
      ref={form}
      className="recorder"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!error) close();
      }}
    >
      <label>
        <span>{t('recorder.label')}</span>
        <input
          type="text"
          value={draft}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => type(e.target.value)}
        />
      </label>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="button-small">
        {t('recorder.done')}
      </button>
    </form>
  );
}
