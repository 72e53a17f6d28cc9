import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { vagueWarning } from '@/checklist/vague';
import type { EditProps } from './field-props';
import { oneLineKeys } from './grow';

export function TextEdit({ item, labelId, disabled }: EditProps<'text'>) {
  const { t } = useTranslation();
  const { register, control } = useFormContext();
  const value = useWatch({ control, name: item.id }) as string | undefined;
  const warning = vagueWarning(item.vague, value ?? '');
  const warningId = `${item.id}-warning`;
  const common = {
    ...register(item.id),
    disabled,
    'aria-labelledby': labelId,
    'aria-describedby': warning ? warningId : undefined,
  };
  return (
    <>
      {/* Both grow with what is typed: no answer is cut off on screen. A one-line answer wraps, and Enter adds no line. */}
      {item.multiline ? <textarea rows={4} className="grow" {...common} /> : <textarea rows={1} className="grow one-line" onKeyDown={oneLineKeys} {...common} />}
      {warning && (
        <p id={warningId} className="vague-warning" role="status">
          {t(warning)}
        </p>
      )}
    </>
  );
}

export function PersonEdit({ item, labelId, disabled }: EditProps<'person'>) {
  const { register } = useFormContext();
  return (
    <input type="text" autoComplete="name" {...register(item.id)} disabled={disabled} aria-labelledby={labelId} />
  );
}
