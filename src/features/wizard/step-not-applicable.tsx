import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemStatus } from '@/checklist/progress';
import { firstProblem, LIMITS, naReasonSchema } from '@/checklist/schema';
import type { Answer, Item } from '@/checklist/types';
import { queueFor } from '@/saving/save-queue';
import { useEscape } from './use-escape';
import { isImeKey } from '@/lib/keys';

/**
 * 対象外 for a whole step with one reason: every item of the step not yet
 * answered is marked with it, one 'na' change each through the save queue,
 * so each item's mark can still be cleared on its own. Answered items keep
 * their answers. Escape or やめる closes it, and the focus goes back.
 */
export function StepNotApplicable(props: { incidentId: string; items: Item[]; answers: Readonly<Record<string, Answer | undefined>> }) {
  const { t } = useTranslation();
  const { incidentId, items, answers } = props;
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ count: number; reason: string } | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  // As the step's count of open items (残りN): optional items left empty are not open.
  const open = items.filter((item) => !item.optional && itemStatus(item, answers[item.id]) === 'open');

  const close = () => {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => openButton.current?.focus());
  };
  const panel = useEscape<HTMLDivElement>(close);
  const confirm = () => {
    const problem = firstProblem(naReasonSchema, reason);
    if (problem) return setError(problem === 'validation.required' ? 'na.reasonRequired' : problem);
    const text = reason.trim();
    const queue = queueFor(incidentId);
    for (const item of open) void queue.put({ kind: 'na', itemId: item.id, reason: text });
    setDone({ count: open.length, reason: text });
    setReason('');
    close();
  };

  return (
    <div className="step-na">
      {done && (
        <p className="step-na-done" role="status">
          {t('stepNa.done', { count: done.count, reason: done.reason })}
        </p>
      )}
      {editing ? (
        <div ref={panel} className="na na-editing" role="group" aria-labelledby={`${inputId}-label`}>
          <label id={`${inputId}-label`} htmlFor={inputId}>
            {t('stepNa.prompt')}
          </label>
          <textarea
            id={inputId}
            rows={1}
            className="grow one-line"
            value={reason}
            autoFocus
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !isImeKey(e.nativeEvent)) {
                e.preventDefault();
                confirm();
              }
            }}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
            aria-invalid={error ? true : undefined}
          />
          <p id={`${inputId}-hint`} className="field-hint">
            {t('stepNa.hint')}
          </p>
          {error && (
            <p id={`${inputId}-error`} className="field-error" role="alert">
              {t(error, { max: LIMITS.naReason })}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button-small button-primary" onClick={confirm} disabled={open.length === 0}>
              {t('stepNa.confirm', { count: open.length })}
            </button>
            <button type="button" className="button-small button-quiet" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
          {open.length === 0 && <p className="field-hint">{t('stepNa.noneOpen')}</p>}
        </div>
      ) : (
        open.length > 0 && (
          <button
            ref={openButton}
            type="button"
            className="button-small button-quiet"
            onClick={() => {
              setDone(null);
              setEditing(true);
            }}
          >
            {t('stepNa.open')}
          </button>
        )
      )}
    </div>
  );
}
