import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { phaseProgress, type Answers } from '@/checklist/progress';
import type { PhaseId } from '@/checklist/types';
import { paths } from '@/lib/router';
import { useStickyHeight } from './use-sticky-height';

/** The four phases across the top, under the incident bar (both sticky): where you are, and what is still open in each. */
export function PhaseStepper(props: { incidentId: string; current: PhaseId; answers: Answers }) {
  const { t } = useTranslation();
  const ref = useStickyHeight<HTMLElement>('--phases-h');
  return (
    <nav ref={ref} aria-label={t('wizard.phases')} className="phase-stepper">
      <ol>
        {checklist.phases.map((phase, i) => {
          const p = phaseProgress(phase, props.answers);
          const first = phase.steps[0]!;
          return (
            <li key={phase.id} className={phase.id === props.current ? 'current' : undefined}>
              <a href={paths.step(props.incidentId, first.code)} aria-current={phase.id === props.current ? 'step' : undefined}>
                <span className="phase-number">{i + 1}</span>
                <span className="phase-title">{t(keys.phaseTitle(phase.id))}</span>
                <span className={p.open === 0 ? 'phase-count done' : 'phase-count'}>
                  {p.open === 0 ? t('progress.allDone') : t('progress.open', { count: p.open })}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
