/** One editor per item kind; adding a kind fails to compile until it is listed here. */
import type { ComponentType } from 'react';
import type { ItemKind } from '@/checklist/types';
import { ActionEdit } from './action-field';
import { ApprovalEdit } from './approval-field';
import { CheckboxGroupEdit } from './checkbox-group-field';
import { ChoiceEdit } from './choice-field';
import { DateTimeEdit } from './datetime-field';
import type { EditProps } from './field-props';
import { ReportLogEdit } from './report-log-field';
import { TableEdit } from './table-field';
import { PersonEdit, TextEdit } from './text-field';
import { TriStateEdit } from './tri-state-field';

export const editors = {
  action: ActionEdit,
  checkboxGroup: CheckboxGroupEdit,
  text: TextEdit,
  datetime: DateTimeEdit,
  person: PersonEdit,
  triState: TriStateEdit,
  choice: ChoiceEdit,
  table: TableEdit,
  approval: ApprovalEdit,
  reportLog: ReportLogEdit,
} satisfies { [K in ItemKind]: ComponentType<EditProps<K>> };

export function FieldEdit(props: EditProps) {
  const Edit = editors[props.item.kind] as ComponentType<EditProps>;
  return <Edit {...props} />;
}
