import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { allSteps } from '@/checklist/lookup';
import { phaseProgress } from '@/checklist/progress';
import type { IncidentRow } from '@/db/types';
import { StatusBadge } from '@/components/status-badge';
import { UserText } from '@/components/user-text';
import { isolate } from '@/lib/bidi';
import { formatDateTime } from '@/lib/dates';
import { paths } from '@/lib/router';

// The countdown pulls in the 個人情報保護法 rule table: loaded after the first screen, not with it.
const Deadlines = lazy(() => import('@/components/deadline-badge').then((m) => ({ default: m.DeadlineBadge })));

export function IncidentCard({ incident }: { incident: IncidentRow }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="incident-card">
      <h3>
        <a href={paths.step(incident.id, allSteps[0]!.step.code)}>
          <UserText>{incident.title}</UserText>
        </a>
      </h3>
      <p className="card-meta">
        <StatusBadge status={incident.status} /> {t('incident.detectedAt')}: {formatDateTime(incident.detectedAt, i18n.language)}
      </p>
      <Suspense fallback={null}>
        <Deadlines incident={incident} />
      </Suspense>
      <ul className="phase-progress" aria-label={t('list.progress')}>
        {checklist.phases.map((phase) => {
          const p = phaseProgress(phase, incident.answers);
          return (
            <li key={phase.id} className={p.open === 0 ? 'done' : undefined}>
              {t(keys.phaseTitle(phase.id))} {p.done + p.na}/{p.total}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

export function CorruptCard({ id, error }: { id: string; error: string }) {
  const { t } = useTranslation();
  return (
    <article className="incident-card corrupt" role="alert">
      <h3>{t('list.corrupt', { id: isolate(id) })}</h3>
      <p>{t('list.corruptHelp')}</p>
      <p className="error-detail">
        <UserText>{error}</UserText>
      </p>
    </article>
  );
}
