import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Item, Overwritten } from '@/checklist/types';
import { UserText } from '@/components/user-text';
import { queueFor } from '@/saving/save-queue';
import { isolate } from '@/lib/bidi';
import { formatDateTime } from '@/lib/dates';
import { readValue } from '@/checklist/kinds';
import { blockText } from '@/checklist/kinds/read-blocks';

/**
 * A value this item had, written by someone else (another tab, another
 * laptop's journal), that a later write replaced without having seen it.
 * Both are kept: the item shows the replaced one until someone either puts
 * it back or marks it as seen; the log keeps it either way.
 */
export function OverwriteNotice({ incidentId, item, overwritten }: { incidentId: string; item: Item; overwritten: Overwritten }) {
  const { t, i18n } = useTranslation();
  const form = useFormContext();
  const queue = queueFor(incidentId);
  const block = readValue(item, overwritten.value, { t, lang: i18n.language });
  const text = block ? blockText(block) : t('record.cleared');
  const dismiss = () => {
    void queue.put({ kind: 'dismissOverwrite', itemId: item.id });
    // The notice and its buttons go: the keyboard goes on in the item's own input.
    requestAnimationFrame(() => document.getElementById(`item-${item.id}`)?.querySelector<HTMLElement>('input, textarea, select')?.focus());
  };
  return (
    <div className="overwrite-notice" role="note">
      <p>{t('overwrite.notice', { by: overwritten.by ? isolate(overwritten.by) : t('recorder.none'), time: formatDateTime(overwritten.at, i18n.language) })}</p>
      <blockquote>
        <UserText>{text}</UserText>
      </blockquote>
      <div className="button-row">
        <button
          type="button"
          className="button-small"
          onClick={() => {
            form.setValue(item.id, structuredClone(overwritten.value), { shouldValidate: true, shouldDirty: true });
            dismiss();
          }}
        >
          {t('overwrite.restore')}
        </button>
        <button type="button" className="button-small button-quiet" onClick={dismiss}>
          {t('overwrite.keep')}
        </button>
      </div>
    </div>
  );
}
