import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { allSteps } from '@/checklist/lookup';
import { useActivity, useIncident } from '@/db/hooks';
import { LanguageSwitch } from '@/components/language-switch';
import { isolate } from '@/lib/bidi';
import { loadLegalWording } from '@/i18n';
import { paths } from '@/lib/router';
import { buildRecord, type RecordDoc } from './record-model';
import { RecordView } from './record-view';
import { PrintButtons } from './print-buttons';
import './record.css';
import { ErrorPanel } from '@/components/error-panel';

/** The record page once the legal helper's wording (its summary's 個人情報保護法 lines) is there. */
export const loadRecordPage = () => loadLegalWording().then(() => RecordPage);

/** The record of one incident, on screen and on paper. */
/** `actions`: buttons another feature adds to the toolbar (the app passes 書き出す). */
export function RecordPage({ incidentId, actions }: { incidentId: string; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const result = useIncident(incidentId);
  const activity = useActivity(incidentId);
  const doc = useMemo(
    () => (result?.ok && activity ? buildRecord({ incident: result.incident, activity }, t, i18n.language) : null),
    [result, activity, t, i18n.language],
  );
  if (result === undefined || activity === undefined) return <p className="loading">{t('common.loading')}</p>;
  // As the wizard says it: a damaged incident is not a missing one.
  if (result === null) return <ErrorPanel message={t('wizard.notFound')} />;
  if (!result.ok) return <ErrorPanel message={t('list.corrupt', { id: isolate(result.id) })} detail={result.error} />;
  if (!doc) return <p className="loading">{t('common.loading')}</p>;
  return (
    <RecordLayout doc={doc} back={paths.step(incidentId, allSteps[0]!.step.code)} backLabel={t('record.backToWizard')} incidentId={incidentId} actions={actions} />
  );
}


/** The paper fallback: every step with empty boxes and lines, printed ahead of time. `appendix`: what the app prints after it (the manual's reference pages). */
export function BlankChecklistPage({ appendix }: { appendix?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const doc = useMemo(() => buildRecord(null, t, i18n.language), [t, i18n.language]);
  return <RecordLayout doc={doc} back={paths.list()} backLabel={t('nav.backToList')} appendix={appendix} />;
}

function RecordLayout(props: { doc: RecordDoc; back: string; backLabel: string; incidentId?: string; actions?: ReactNode; appendix?: ReactNode }) {
  return (
    <div className="record-page">
      <header className="record-toolbar no-print">
        <a className="button-small button-quiet" href={props.back}>
          ← {props.backLabel}
        </a>
        <PrintButtons doc={props.doc} incidentId={props.incidentId} />
        {props.actions}
        <LanguageSwitch />
      </header>
      <main id="main">
        <RecordView doc={props.doc} />
        {props.appendix}
      </main>
    </div>
  );
}
