import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import type { ItemStatus } from '@/checklist/progress';
import type { Item } from '@/checklist/types';
import { ProposedMark } from '@/components/proposed-mark';
import { OwedNote } from './owed-note';

/**
 * Label (with † when the item is our proposal), status (and, when owed, why),
 * the manual's notes (例 / NG例 / ポイント) beside the input,
 * and the input's validation message.
 */
export function FieldFrame(props: {
  item: Item;
  labelId: string;
  status: ItemStatus;
  error?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const { item, labelId, status } = props;
  const notes = item.notes ?? [];
  return (
    <div className={`item item-${status}`} id={`item-${item.id}`}>
      <div className="item-head">
        {/* The mark stays on the label's last line, outside the text that names the input. */}
        <span className="item-title">
          <span id={labelId} className="item-label">
            {t(keys.itemLabel(item.id))}
          </span>
          {item.source === 'proposed' && <ProposedMark />}
        </span>
        {item.optional && <span className="badge">{t('item.optional')}</span>}
        <span className={`badge status-${status}`}>{t(`item.status.${status}`)}</span>
      </div>
      {status === 'owed' && <OwedNote item={item} />}
      <div className={notes.length > 0 ? 'item-body with-notes' : 'item-body'}>
        <div className="item-input">
          {props.children}
          {props.error && (
            <p className="field-error" role="alert">
              {t(props.error)}
            </p>
          )}
        </div>
        {notes.length > 0 && (
          <dl className="item-notes">
            {notes.map((note) => (
              <div key={note} className={`note note-${note}`}>
                <dt>{t(`notes.${note}`)}</dt>
                <dd>{t(keys.itemNote(item.id, note))}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      {props.footer}
    </div>
  );
}
