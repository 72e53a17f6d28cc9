import { Controller, useFormContext } from 'react-hook-form';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';

export function DateTimeEdit({ item, labelId, disabled }: EditProps<'datetime'>) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={item.id}
      render={({ field }) => (
        <DateTimeInput value={field.value as string} onChange={field.onChange} disabled={disabled} labelledBy={labelId} />
      )}
    />
  );
}
