import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { UserText } from '@/components/user-text';
import { isolate } from '@/lib/bidi';
import type { Column, TableRow } from '@/checklist/types';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';
import { TriStateRadios } from './tri-state-field';
import { rowPreset, tableRowTitle } from '@/checklist/kinds/table';
import { ProposedMark } from '@/components/proposed-mark';

/**
 * Rows of a small table (vendor requests, log sources, report destinations,
 * prevention measures). Each row is a card of labelled cells, so seven
 * columns still fit a laptop screen. Preset rows start with their name
 * filled in, and the name stays editable.
 */
export function TableEdit({ item, labelId, disabled }: EditProps<'table'>) {
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  const rows = field.value as TableRow[];
  const setCell = (index: number, column: string, cell: string) =>
    field.onChange(rows.map((row, i) => (i === index ? { ...row, cells: { ...row.cells, [column]: cell } } : row)));
  const rowName = (row: TableRow, index: number) => tableRowTitle(item, row, index, t);
  return (
    <div role="group" aria-labelledby={labelId} className="table-field">
      {rows.map((row, index) => (
        <fieldset key={index} className="table-row">
          <legend>
            <UserText>{rowName(row, index)}</UserText>
            {rowPreset(item, row)?.source === 'proposed' && <ProposedMark />}
          </legend>
          {item.columns.map((column) => (
            <Cell
              key={column.id}
              column={column}
              label={t(keys.column(item.id, column.id))}
              value={row.cells[column.id] ?? (row.preset && column === item.columns[0] ? t(keys.preset(item.id, row.preset)) : '')}
              name={`${item.id}-${index}-${column.id}`}
              disabled={disabled}
              onChange={(cell) => setCell(index, column.id, cell)}
            />
          ))}
          <button
            type="button"
            className="button-small button-quiet"
            disabled={disabled}
            onClick={() => field.onChange(rows.filter((_, i) => i !== index))}
          >
            {t('table.remove', { name: isolate(rowName(row, index)) })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button-small" disabled={disabled} onClick={() => field.onChange([...rows, { cells: {} }])}>
        {t('table.add')}
      </button>
    </div>
  );
}

function Cell(props: { column: Column; label: string; value: string; name: string; disabled: boolean; onChange: (v: string) => void }) {
  const { column, label, value, disabled, onChange } = props;
  switch (column.kind) {
    case 'datetime':
      return (
        <div className="field-pair">
          <span aria-hidden="true">{label}</span>
          <DateTimeInput value={value} onChange={onChange} disabled={disabled} label={label} />
        </div>
      );
    case 'triState':
      return (
        <div className="field-pair">
          <span aria-hidden="true">{label}</span>
          <TriStateRadios name={props.name} label={label} value={value} disabled={disabled} onChange={onChange} />
        </div>
      );
    case 'text':
    case 'person':
    case 'date':
      return (
        <label className="field-pair">
          <span>{label}</span>
          <input type={column.kind === 'date' ? 'date' : 'text'} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
  }
}
