import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidentList } from '@/db/hooks';
import { AppHeader } from '@/components/app-header';
import { CreateIncidentForm } from './create-incident-form';
import { CorruptCard, IncidentCard } from './incident-card';

export function IncidentListPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useIncidentList(deferred);
  return (
    <div className="list-page">
      <AppHeader />
      <main id="main" className="list-main">
        <CreateIncidentForm />
        <section className="incident-list" aria-labelledby="list-heading">
          <h2 id="list-heading">{t('list.heading')}</h2>
          <label className="search">
            <span>{t('list.search')}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('list.searchPlaceholder')} />
          </label>
          {results === undefined ? (
            <p>{t('common.loading')}</p>
          ) : results.length === 0 ? (
            <p className="empty">{query ? t('list.noMatch') : t('list.empty')}</p>
          ) : (
            <ul className="cards">
              {results.map((r) => (
                <li key={r.ok ? r.incident.id : r.id}>
                  {r.ok ? <IncidentCard incident={r.incident} /> : <CorruptCard id={r.id} error={r.error} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
