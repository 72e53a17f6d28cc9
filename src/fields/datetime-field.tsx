import { useController } from 'react-hook-form';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';

export function DateTimeEdit({ item, labelId, disabled }: EditProps<'datetime'>) {
  const { field } = useController({ name: item.id });
  return <DateTimeInput value={field.value as string} onChange={field.onChange} disabled={disabled} labelledBy={labelId} />;
}
