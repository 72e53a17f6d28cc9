import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { allSteps } from '@/checklist/lookup';
import { stepProgress, type Answers } from '@/checklist/progress';
import { stepLabel } from '@/checklist/step-label';
import { paths } from '@/lib/router';
import type { StepCode } from '@/checklist/types';
import { useEscape } from './use-escape';

/** The steps that still have open items, with their count, in the checklist's order. */
export function openSteps(answers: Answers): { code: StepCode; open: number }[] {
  return allSteps.flatMap(({ step }) => {
    const open = stepProgress(step, answers).open;
    return open > 0 ? [{ code: step.code, open }] : [];
  });
}

/**
 * Asked once before completing an incident with open items, inline under the
 * bar (nothing modal): how many are open and in which steps (links), then
 * このまま完了にする or やめる. Escape is やめる. The focus starts on the
 * question, so a screen reader reads it first.
 */
export function CompleteConfirm(props: {
  incidentId: string;
  answers: Answers;
  onConfirm: () => void;
  onCancel: () => void;
  /** Closed by going to one of the steps (the focus goes with the step). */
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const escape = useEscape<HTMLDivElement>(props.onCancel);
  // The focus starts on the question (the panel is labelled by it).
  const panel = useCallback(
    (element: HTMLDivElement | null) => {
      escape(element);
      element?.focus();
    },
    [escape],
  );
  const steps = openSteps(props.answers);
  const total = steps.reduce((sum, s) => sum + s.open, 0);
  return (
    <div
      ref={panel}
      className="complete-confirm"
      role="group"
      aria-labelledby={questionId}
      tabIndex={-1}
    >
      <p id={questionId} className="confirm-question">
        {t('completeConfirm.question', { count: total })}
      </p>
      <div className="button-row">
        <button type="button" className="button-small button-primary" onClick={props.onConfirm}>
          {t('completeConfirm.confirm')}
        </button>
        <button type="button" className="button-small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {steps.length > 0 && (
        <nav aria-label={t('completeConfirm.openSteps')} className="confirm-steps">
          <span>{t('completeConfirm.openSteps')}:</span>
          <ul>
            {steps.map((s) => (
              <li key={s.code}>
                <a href={paths.step(props.incidentId, s.code)} onClick={props.onLeave}>
                  {stepLabel(s.code, t(keys.stepTitle(s.code)))} <span className="step-count">{t('progress.openShort', { count: s.open })}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
