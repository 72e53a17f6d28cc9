import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TRI_STATES } from '@/checklist/types';
import type { EditProps } from './field-props';

/** はい / いいえ / 不明 as a radio group. */
export function TriStateRadios(props: {
  name: string;
  labelledBy?: string;
  label?: string;
  disabled: boolean;
  register: ReturnType<typeof useFormContext>['register'];
}) {
  const { t } = useTranslation();
  return (
    <div role="radiogroup" aria-labelledby={props.labelledBy} aria-label={props.label} className="choice-row">
      {TRI_STATES.map((state) => (
        <label key={state} className="choice">
          <input type="radio" value={state} {...props.register(props.name)} disabled={props.disabled} />
          <span>{t(`triState.${state}`)}</span>
        </label>
      ))}
    </div>
  );
}

export function TriStateEdit({ item, labelId, disabled }: EditProps<'triState'>) {
  const { register } = useFormContext();
  return <TriStateRadios name={item.id} labelledBy={labelId} disabled={disabled} register={register} />;
}
