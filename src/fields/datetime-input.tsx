import { createContext, useContext, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeJst, isoToJstText, nowIso, parseJstText } from '@/lib/dates';
import { queueFor } from '@/saving/save-queue';

/**
 * The incident whose save queue hears of a date-time that cannot be read
 * (so the indicator does not say 保存済み meanwhile). The step form gives it;
 * without it (the create form) the form checks the text itself.
 */
export const DateTimeQueueContext = createContext<string | null>(null);

/**
 * A Japan-time date-time (stored as ISO) as one text field and a 「今」 button:
 * two Tab stops. The text is taken as typed (2026-12-01 14:30, 2026/12/1 14:30,
 * full-width digits, 12/1 14:30 for this year); the line below says how it was
 * read. Text that is no date-time stays on screen with its message and is not
 * handed on, so nothing stored is overwritten by it.
 */
export function DateTimeInput(props: {
  value: string;
  onChange: (iso: string) => void;
  disabled: boolean;
  labelledBy?: string;
  label?: string;
  id?: string;
  name?: string;
  /** The text itself, when the parent keeps it (the create form keeps what is typed); then `onText` hears every change. */
  text?: string;
  onText?: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const incidentId = useContext(DateTimeQueueContext);
  const hintId = useId();
  const [state, setState] = useState(() => ({ text: isoToJstText(props.value), shownFor: props.value }));
  let text = props.text ?? state.text;
  if (props.text === undefined && props.value !== state.shownFor) {
    // A value from elsewhere (another tab, 今, a reload): shown, unless it is what the text already says.
    if (parseJstText(text) !== props.value) text = isoToJstText(props.value);
    setState({ text, shownFor: props.value });
  }
  const read = parseJstText(text);
  const unreadable = read === null;

  useEffect(() => {
    if (!incidentId) return;
    const key = `dateText:${hintId}`;
    const queue = queueFor(incidentId);
    if (unreadable) queue.refuse(key, 'save.reason.invalidInput');
    else queue.forget(key);
    return () => queue.forget(key);
  }, [incidentId, hintId, unreadable]);

  const type = (next: string) => {
    const iso = parseJstText(next);
    setState({ text: next, shownFor: iso ?? props.value });
    props.onText?.(next);
    if (iso !== null && iso !== props.value) props.onChange(iso);
  };
  // Once the field is left, a date-time it read is shown as 2026-12-01 14:30: short, and plain to check.
  const tidy = () => {
    if (read !== null && read !== '' && text !== isoToJstText(read)) {
      setState({ text: isoToJstText(read), shownFor: read });
      props.onText?.(isoToJstText(read));
    }
  };
  const now = () => {
    const iso = nowIso();
    setState({ text: isoToJstText(iso), shownFor: iso });
    props.onText?.(isoToJstText(iso));
    props.onChange(iso);
  };
  const hint = unreadable
    ? t('dates.unreadable')
    : read !== '' && text.trim() !== isoToJstText(read)
      ? t('dates.readAs', { when: describeJst(read, i18n.language) })
      : null;

  return (
    <span className="datetime-input">
      <span className="datetime-line">
        <input
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          id={props.id}
          name={props.name}
          value={text}
          placeholder={t('dates.placeholder')}
          onChange={(e) => type(e.target.value)}
          onBlur={tidy}
          disabled={props.disabled}
          aria-labelledby={props.labelledBy}
          aria-label={props.label}
          aria-invalid={unreadable ? true : undefined}
          aria-describedby={hint ? hintId : undefined}
        />
        <span className="tz">{t('dates.jst')}</span>
        <button type="button" className="button-small" disabled={props.disabled} onClick={now}>
          {t('dates.now')}
        </button>
      </span>
      {hint && (
        <span id={hintId} className={unreadable ? 'field-error datetime-hint' : 'field-hint datetime-hint'} role={unreadable ? 'alert' : 'status'}>
          {hint}
        </span>
      )}
    </span>
  );
}
