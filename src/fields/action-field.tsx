import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActionValue } from '@/checklist/types';
import { nowIso } from '@/lib/dates';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';

/** A tick that records when (now by default, editable) and by whom (the recorder by default). */
export function ActionEdit({ item, labelId, disabled, recorder }: EditProps<'action'>) {
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  const value = field.value as ActionValue;
  const set = (patch: Partial<ActionValue>) => field.onChange({ ...value, ...patch });
  return (
    <div className="action-field">
      <label className="choice action-tick">
        <input
          type="checkbox"
          checked={value.done}
          disabled={disabled}
          aria-labelledby={labelId}
          onChange={(e) =>
            set(
              e.target.checked
                ? { done: true, occurredAt: value.occurredAt || nowIso(), by: value.by || recorder }
                : { done: false },
            )
          }
        />
        <span>{t('action.done')}</span>
      </label>
      {value.done && (
        <div className="action-details">
          <div className="field-pair">
            <span aria-hidden="true">{t('action.occurredAt')}</span>
            <DateTimeInput
              value={value.occurredAt}
              onChange={(occurredAt) => set({ occurredAt })}
              disabled={disabled}
              label={t('action.occurredAt')}
            />
          </div>
          <label className="field-pair">
            <span>{t('action.by')}</span>
            <input type="text" value={value.by} disabled={disabled} onChange={(e) => set({ by: e.target.value })} />
          </label>
        </div>
      )}
    </div>
  );
}
