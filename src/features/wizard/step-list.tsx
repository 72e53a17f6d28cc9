import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { stepProgress, type Answers } from '@/checklist/progress';
import { paths } from '@/lib/router';
import { codeMark } from '@/checklist/step-label';

/** Every step of every phase with its open count: jump anywhere, any time. */
export function StepList(props: { incidentId: string; currentCode: string; answers: Answers }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('wizard.steps')} className="step-list">
      {checklist.phases.map((phase) => (
        <div key={phase.id} className="step-group">
          <h2>{t(keys.phaseTitle(phase.id))}</h2>
          <ol>
            {phase.steps.map((step) => {
              const p = stepProgress(step, props.answers);
              const current = step.code === props.currentCode;
              return (
                <li key={step.code}>
                  <a href={paths.step(props.incidentId, step.code)} aria-current={current ? 'page' : undefined}>
                    <span className="step-code">{codeMark(step.code)}</span>
                    <span className="step-title">{t(keys.stepTitle(step.code))}</span>
                    <span className={p.open === 0 ? 'step-count done' : 'step-count'}>
                      {p.open === 0 ? '✓' : t('progress.openShort', { count: p.open })}
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}
