import { useRef, useState } from 'react';
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
import { deepEqual } from '@/lib/equal';
import { oneLineKeys } from './grow';

/** The row deleted last, with what the table was after it: undone only while the table is still that. */
type Removed = { row: TableRow; index: number; name: string; after: TableRow[] };

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
  const [removed, setRemoved] = useState<Removed | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const table = useRef<HTMLDivElement>(null);
  const change = (next: TableRow[]) => {
    setRemoved(null); // the next change to the table ends the undo
    field.onChange(next);
  };
  const setCell = (index: number, column: string, cell: string) =>
    change(rows.map((row, i) => (i === index ? { ...row, cells: { ...row.cells, [column]: cell } } : row)));
  const rowName = (row: TableRow, index: number) => tableRowTitle(item, row, index, t);
  const remove = (index: number) => {
    const after = rows.filter((_, i) => i !== index);
    field.onChange(after);
    setRemoved({ row: rows[index]!, index, name: rowName(rows[index]!, index), after });
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undo = (r: Removed) => {
    change([...rows.slice(0, r.index), r.row, ...rows.slice(r.index)]);
    // The focus goes to the restored row's first field.
    requestAnimationFrame(() => table.current?.querySelectorAll('.table-row')[r.index]?.querySelector<HTMLElement>('input, textarea')?.focus());
  };
  // Changed elsewhere since (another tab): the row's old place means nothing any more.
  const undoable = removed !== null && deepEqual(removed.after, rows) ? removed : null;
  return (
    <div ref={table} role="group" aria-labelledby={labelId} className="table-field">
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
            onClick={() => remove(index)}
          >
            {t('table.remove', { name: isolate(rowName(row, index)) })}
          </button>
        </fieldset>
      ))}
      {undoable && !disabled && (
        <p className="table-undo" role="status">
          <span>{t('table.removed', { name: isolate(undoable.name) })}</span>{' '}
          <button ref={undoButton} type="button" className="button-small" onClick={() => undo(undoable)}>
            {t('table.undo')}
          </button>
        </p>
      )}
      <button type="button" className="button-small" disabled={disabled} onClick={() => change([...rows, { cells: {} }])}>
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
    case 'date':
      return (
        <label className="field-pair">
          <span>{label}</span>
          <input type="date" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
    case 'text':
    case 'person':
      // Grows with its text (app.css): a long name or office wraps instead of being cut off.
      return (
        <label className="field-pair">
          <span>{label}</span>
          <textarea rows={1} className="grow one-line" value={value} disabled={disabled} onKeyDown={oneLineKeys} onChange={(e) => onChange(e.target.value)} />
        </label>
      );
  }
}
