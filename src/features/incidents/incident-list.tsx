import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidentCount, useIncidentPage } from '@/db/hooks';
import { PAGE_SIZE } from '@/db/incidents';
import { CorruptCard, IncidentCard } from './incident-card';

/** Search, then the newest incidents a page at a time. */
export function IncidentList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const deferred = useDeferredValue(query);
  const page = useIncidentPage(deferred, limit);
  const shown = page?.results.length ?? 0;
  // Counting reads every row: only once the first page is on screen.
  const total = useIncidentCount(page !== undefined);
  const search = (text: string) => {
    setQuery(text);
    setLimit(PAGE_SIZE);
  };
  return (
    <>
      <label className="search">
        <span>{t('list.search')}</span>
        <input type="search" value={query} onChange={(e) => search(e.target.value)} placeholder={t('list.searchPlaceholder')} />
      </label>
      {shown > 0 && (deferred.trim() || total !== undefined) && (
        <p className="list-count" aria-live="polite">
          {deferred.trim() ? t('list.shownMatches', { shown }) : t('list.shown', { shown, total })}
        </p>
      )}
      {page === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : shown === 0 ? (
        <p className="empty">{query ? t('list.noMatch') : t('list.empty')}</p>
      ) : (
        <ul className="cards">
          {page.results.map((r) => (
            <li key={r.ok ? r.incident.id : r.id}>
              {r.ok ? <IncidentCard incident={r.incident} /> : <CorruptCard id={r.id} error={r.error} />}
            </li>
          ))}
        </ul>
      )}
      {page?.more && (
        <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t('list.more')}
        </button>
      )}
    </>
  );
}
