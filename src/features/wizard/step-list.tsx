import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { stepProgress, type Answers } from '@/checklist/progress';
import { paths } from '@/lib/router';
import { codeMark } from '@/checklist/step-label';

/** The current step, when out of the list's view, brought to its middle with the steps around it in view too. */
function scrollToCurrent(list: HTMLElement): void {
  const current = list.querySelector<HTMLElement>('[aria-current="page"]');
  if (!current) return;
  const top = current.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + current.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = Math.max(0, top - (list.clientHeight - current.offsetHeight) / 2);
  }
}

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
    if (!list) return;
    if (typeof ResizeObserver === 'undefined') return scrollToCurrent(list);
    // Once laid out (a ResizeObserver's first call comes after the browser's
    // layout, before its paint, and after the bar's and the phases' heights
    // are set: see use-sticky-height.ts), not by forcing a layout in React's commit.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      scrollToCurrent(list);
    });
    observer.observe(list);
    return () => observer.disconnect();
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
