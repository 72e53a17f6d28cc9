import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { owedLines } from '@/checklist/kinds';
import type { Item } from '@/checklist/types';

/**
 * Why an answered item is still open: each answer the manual expects to be
 * はい that says いいえ / 不明 (「個人情報保護委員会 — 報告済みか: いいえ — まだ
 * 完了していません」). Reads the form's value, so it follows the input at once.
 */
export function OwedNote({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const value: unknown = useWatch({ name: item.id });
  const lines = owedLines(item, value as never, { t, lang: i18n.language });
  if (lines.length === 0) return null;
  return (
    <div className="owed-note">
      <ul>
        {lines.map((line) => (
          <li key={line}>{t('item.owed.line', { what: line })}</li>
        ))}
      </ul>
      {item.kind === 'table' && <p>{t('item.owed.help')}</p>}
    </div>
  );
}
