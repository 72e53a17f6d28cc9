import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstProblem, LIMITS, naDraftSchema, naReasonSchema } from '@/checklist/schema';
import { UserText } from '@/components/user-text';
import { changeKey, queueFor } from '@/saving/save-queue';
import { isImeKey } from '@/lib/keys';

const naKey = (itemId: string) => changeKey({ kind: 'na', itemId });
const naDraftKey = (itemId: string) => changeKey({ kind: 'naDraft', itemId });

/**
 * 対象外 (not applicable) with a reason, inline: no dialog. The reason is
 * saved as it is typed, as a draft (the item stays open); 対象外として記録
 * confirms it. Clearing the mark puts the item back to open or answered.
 */
export function NotApplicable(props: {
  incidentId: string;
  itemId: string;
  reason: string | undefined;
  draft: string | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { incidentId, itemId, reason, readOnly } = props;
  const queue = queueFor(incidentId);
  // A draft stored earlier opens the editor with it (restored, so no focus is taken); the prop is
  // read only here: later drafts are this editor's own, and drafts do not redraw the item.
  const [editing, setEditing] = useState(props.draft !== undefined);
  const [draft, setDraft] = useState(props.draft ?? '');
  const [openedHere, setOpenedHere] = useState(false);
  /** Marked or cleared here: shown while the write is still this tab's own (see SaveQueue.owns). */
  const [intended, setIntended] = useState<{ reason: string | null }>({ reason: null });
  const [error, setError] = useState<string | null>(null);
  // Marked elsewhere (the whole step's 対象外, another tab) while a reason was being typed: the mark shows.
  const [seenReason, setSeenReason] = useState(reason);
  if (reason !== seenReason) {
    setSeenReason(reason);
    // Not this tab's own mark or clear arriving (then the editor is as this tab left it).
    if (reason !== undefined && editing && !queue.owns(naKey(itemId))) setEditing(false);
  }
  const inputId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  // A refused (too long) reason leaves the screen with the item: the indicator must not keep it.
  useEffect(() => () => queue.forget(naDraftKey(itemId)), [queue, itemId]);

  const type = (text: string) => {
    setDraft(text);
    const problem = firstProblem(naDraftSchema, text);
    setError(problem);
    if (problem) queue.refuse(naDraftKey(itemId), 'save.reason.invalidInput');
    else void queue.put({ kind: 'naDraft', itemId, text });
  };
  const open = () => {
    // Reachable only with no draft on screen: none stored, or this editor dropped it.
    setDraft('');
    setOpenedHere(true);
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    setError(null);
    queue.forget(naDraftKey(itemId));
    void queue.put({ kind: 'naDraft', itemId, text: '' });
    requestAnimationFrame(() => openButton.current?.focus());
  };
  const confirm = () => {
    const problem = firstProblem(naReasonSchema, draft);
    if (problem) return setError(problem === 'validation.required' ? 'na.reasonRequired' : problem);
    const text = draft.trim();
    void queue.put({ kind: 'na', itemId, reason: text });
    setIntended({ reason: text });
    setEditing(false);
    requestAnimationFrame(() => clearButton.current?.focus());
  };
  const clear = () => {
    void queue.put({ kind: 'na', itemId, reason: null });
    setIntended({ reason: null });
    requestAnimationFrame(() => openButton.current?.focus());
  };

  const shown = (queue.owns(naKey(itemId)) ? intended.reason : reason) ?? undefined;
  if (shown !== undefined && !editing) {
    return (
      <div className="na na-set">
        <p>
          <strong>{t('na.label')}</strong> {t('na.reason')}: <UserText>{shown}</UserText>
        </p>
        {!readOnly && (
          <button ref={clearButton} type="button" className="button-small button-quiet" onClick={clear}>
            {t('na.clear')}
          </button>
        )}
      </div>
    );
  }
  if (readOnly) return null;
  if (!editing) {
    return (
      <button ref={openButton} type="button" className="button-small button-quiet na-open" onClick={open}>
        {t('na.mark')}
      </button>
    );
  }
  return (
    <div className="na na-editing">
      <label htmlFor={inputId}>{t('na.reasonPrompt')}</label>
      {/* One line that grows with the reason (app.css); Enter records it, but not an IME's Enter. */}
      <textarea
        id={inputId}
        rows={1}
        className="grow one-line"
        value={draft}
        autoFocus={openedHere}
        onChange={(e) => type(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !isImeKey(e.nativeEvent)) {
            e.preventDefault();
            confirm();
          }
          // The Escape that cancels a Japanese conversion belongs to the IME: the reason stays.
          if (e.key === 'Escape' && !isImeKey(e.nativeEvent)) close();
        }}
        aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      />
      <p id={`${inputId}-hint`} className="field-hint">
        {t('na.draftHint')}
      </p>
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {t(error, { max: LIMITS.naReason })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-small" onClick={confirm}>
          {t('na.confirm')}
        </button>
        <button type="button" className="button-small button-quiet" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
