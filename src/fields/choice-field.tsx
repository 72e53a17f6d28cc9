import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import type { EditProps } from './field-props';

/** The item's own options as a radio group. */
export function ChoiceEdit({ item, labelId, disabled }: EditProps<'choice'>) {
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="choice-row">
      {item.options.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={item.id}
            value={option}
            checked={field.value === option}
            disabled={disabled}
            onChange={() => field.onChange(option)}
          />
          <span>{t(keys.itemOption(item.id, option))}</span>
        </label>
      ))}
    </div>
  );
}
