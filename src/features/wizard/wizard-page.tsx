import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { allSteps, findStep } from '@/checklist/lookup';
import { stepProgress } from '@/checklist/progress';
import { useIncident } from '@/db/hooks';
import { trackIncident } from '@/saving/save-queue';
import { isolate } from '@/lib/bidi';
import { paths } from '@/lib/router';
import { IncidentHeader } from './incident-header';
import { NextOpen } from './next-open';
import { PhaseActions } from './phase-actions';
import { PhaseStepper } from './phase-stepper';
import { StepForm } from './step-form';
import { StepList } from './step-list';
import { useStepFocus } from './use-step-focus';
import { codeMark, stepLabel } from '@/checklist/step-label';
import { ErrorPanel } from '@/components/error-panel';

export function WizardPage({ incidentId, code }: { incidentId: string; code: string }) {
  const { t } = useTranslation();
  const result = useIncident(incidentId);
  const heading = useStepFocus(code);

  if (result === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (result === null) return <ErrorPanel message={t('wizard.notFound')} />;
  if (!result.ok) return <ErrorPanel message={t('list.corrupt', { id: isolate(result.id) })} detail={result.error} />;
  const ref = findStep(code);
  if (!ref) return <ErrorPanel message={t('wizard.unknownStep', { code })} />;

  const incident = trackIncident(result.incident);
  const { step, phase, index } = ref;
  const prev = allSteps[index - 1];
  const next = allSteps[index + 1];
  const progress = stepProgress(step, incident.answers);

  return (
    <div className="wizard">
      <IncidentHeader incident={incident} />
      <PhaseStepper incidentId={incident.id} current={phase.id} answers={incident.answers} />
      <div className="wizard-main">
        <StepList incidentId={incident.id} currentCode={step.code} answers={incident.answers} />
        <main id="main" className="step">
          <header className="step-header">
            <p className="step-phase">{t(keys.phaseTitle(phase.id))}</p>
            <PhaseActions phase={phase} />
            <h2 ref={heading} tabIndex={-1}>
              <span className="step-code">{codeMark(step.code)}</span>
              {t(keys.stepTitle(step.code))}
            </h2>
            <div className="step-status">
              <p className="step-progress">
                {progress.open === 0
                  ? t('progress.stepDone')
                  : t('progress.stepOpen', { count: progress.open, total: progress.total })}
              </p>
              <NextOpen incidentId={incident.id} step={step} answers={incident.answers} />
            </div>
          </header>
          <StepForm key={`${incident.id}/${step.code}`} step={step} incident={incident} />
          <nav className="prev-next" aria-label={t('wizard.prevNext')}>
            {prev ? (
              <a className="button" href={paths.step(incident.id, prev.step.code)} rel="prev">
                ← {t('wizard.prev')}: {stepLabel(prev.step.code, t(keys.stepTitle(prev.step.code)))}
              </a>
            ) : (
              <span />
            )}
            {next && (
              <a className="button button-primary" href={paths.step(incident.id, next.step.code)} rel="next">
                {t('wizard.next')}: {stepLabel(next.step.code, t(keys.stepTitle(next.step.code)))} →
              </a>
            )}
          </nav>
        </main>
      </div>
    </div>
  );
}
