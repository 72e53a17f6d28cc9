import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { optionList } from '@/checklist/lookup';
import type { CheckboxValue } from '@/checklist/types';
import { ProposedMark } from '@/components/proposed-mark';
import type { EditProps } from './field-props';

const OTHER = 'other';

/** The manual's checkbox lists, with judgement hints and その他 + free text. */
export function CheckboxGroupEdit({ item, labelId, disabled }: EditProps<'checkboxGroup'>) {
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  const list = optionList(item.list);
  const value = field.value as CheckboxValue;
  const toggle = (id: string, on: boolean) =>
    field.onChange({
      ...value,
      selected: on ? [...value.selected, id] : value.selected.filter((s) => s !== id),
    });
  const otherOn = value.selected.includes(OTHER);
  return (
    <div role="group" aria-labelledby={labelId} className="option-list">
      {list.options.map((option) => {
        const on = value.selected.includes(option.id);
        return (
          <div key={option.id} className="option">
            <label className="choice">
              <input type="checkbox" checked={on} disabled={disabled} onChange={(e) => toggle(option.id, e.target.checked)} />
              <span>
                {t(keys.option(list.id, option.id))}
                {option.source === 'proposed' && <ProposedMark />}
              </span>
            </label>
            {on && option.hint && (
              <p className="judgement-hint" role="status">
                {t(keys.optionHint(list.id, option.id))}
                {option.hint === 'proposed' && option.source !== 'proposed' && <ProposedMark />}
              </p>
            )}
          </div>
        );
      })}
      <div className="option">
        <label className="choice">
          <input type="checkbox" checked={otherOn} disabled={disabled} onChange={(e) => toggle(OTHER, e.target.checked)} />
          <span>{t('options.other')}</span>
        </label>
        {(otherOn || value.other !== '') && (
          <input
            type="text"
            className="other-text"
            aria-label={t('options.otherText')}
            value={value.other}
            disabled={disabled}
            onChange={(e) => field.onChange({ ...value, other: e.target.value })}
          />
        )}
      </div>
    </div>
  );
}
