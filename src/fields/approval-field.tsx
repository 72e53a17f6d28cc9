import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApprovalValue } from '@/checklist/types';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';

/** Management approval: approver, date-time and comment. */
export function ApprovalEdit({ item, labelId, disabled }: EditProps<'approval'>) {
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  const value = field.value as ApprovalValue;
  const set = (patch: Partial<ApprovalValue>) => field.onChange({ ...value, ...patch });
  return (
    <div role="group" aria-labelledby={labelId} className="sub-fields">
      <label className="field-pair">
        <span>{t('approval.approver')}</span>
        <input type="text" value={value.approver} disabled={disabled} onChange={(e) => set({ approver: e.target.value })} />
      </label>
      <div className="field-pair">
        <span aria-hidden="true">{t('approval.at')}</span>
        <DateTimeInput value={value.at} onChange={(at) => set({ at })} disabled={disabled} label={t('approval.at')} />
      </div>
      <label className="field-pair">
        <span>{t('approval.comment')}</span>
        <textarea rows={3} className="grow" value={value.comment} disabled={disabled} onChange={(e) => set({ comment: e.target.value })} />
      </label>
    </div>
  );
}
