import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TRI_STATES } from '@/checklist/types';
import type { EditProps } from './field-props';

/** はい / いいえ / 不明 as a radio group: the tri-state item and the yes/no/unknown cells of a table. */
export function TriStateRadios(props: {
  /** The radios' shared name (one group per name on the page). */
  name: string;
  labelledBy?: string;
  label?: string;
  value: string;
  disabled: boolean;
  onChange: (state: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="radiogroup" aria-labelledby={props.labelledBy} aria-label={props.label} className="choice-row">
      {TRI_STATES.map((state) => (
        <label key={state} className="choice">
          <input
            type="radio"
            name={props.name}
            value={state}
            checked={props.value === state}
            disabled={props.disabled}
            onChange={() => props.onChange(state)}
          />
          <span>{t(`triState.${state}`)}</span>
        </label>
      ))}
    </div>
  );
}

export function TriStateEdit({ item, labelId, disabled }: EditProps<'triState'>) {
  const { field } = useController({ name: item.id });
  return <TriStateRadios name={item.id} labelledBy={labelId} value={field.value as string} disabled={disabled} onChange={field.onChange} />;
}
