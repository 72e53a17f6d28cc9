import { useTranslation } from 'react-i18next';
import { isoToJstInput, jstInputToIso, nowIso } from '@/lib/dates';

/** A Japan-time date-time input (stored as ISO) with a 「今」 button. */
export function DateTimeInput(props: {
  value: string;
  onChange: (iso: string) => void;
  disabled: boolean;
  labelledBy?: string;
  label?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <span className="datetime-input">
      <input
        type="datetime-local"
        id={props.id}
        value={isoToJstInput(props.value)}
        onChange={(e) => props.onChange(jstInputToIso(e.target.value))}
        disabled={props.disabled}
        aria-labelledby={props.labelledBy}
        aria-label={props.label}
      />
      <span className="tz">{t('dates.jst')}</span>
      <button
        type="button"
        className="button-small"
        disabled={props.disabled}
        onClick={() => props.onChange(nowIso())}
      >
        {t('dates.now')}
      </button>
    </span>
  );
}
