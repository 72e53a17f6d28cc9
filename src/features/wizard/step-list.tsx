import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { stepProgress, type Answers } from '@/checklist/progress';
import { paths } from '@/lib/router';
import { codeMark } from '@/checklist/step-label';

/**
 * Every step of every phase with its open count: jump anywhere, any time.
 * It stays beside the step (sticky, under the bar) and scrolls on its own;
 * the current step is scrolled into its view, never the page.
 */
export function StepList(props: { incidentId: string; currentCode: string; answers: Answers }) {
  const { t } = useTranslation();
  const nav = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const list = nav.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current) return;
    const top = current.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    // Out of the list's view: brought to its middle, with the steps around it in view too.
    if (top < list.scrollTop || top + current.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - (list.clientHeight - current.offsetHeight) / 2);
    }
  }, [props.currentCode]);
  return (
    <nav ref={nav} aria-label={t('wizard.steps')} className="step-list">
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
