import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { allSteps, stepItems } from '@/checklist/lookup';
import { isUnfinished, itemStatus, stepProgress, type Answers } from '@/checklist/progress';
import type { Step } from '@/checklist/types';
import { paths } from '@/lib/router';

/** What to do next: the first open (or owed) item of this step, or the next step that still has one. */
export function NextOpen({ incidentId, step, answers }: { incidentId: string; step: Step; answers: Answers }) {
  const { t } = useTranslation();
  const item = stepItems(step).find((i) => !i.optional && isUnfinished(itemStatus(i, answers[i.id])));
  if (item) {
    const focus = () => {
      const frame = document.getElementById(`item-${item.id}`);
      frame?.scrollIntoView({ block: 'center' });
      frame?.querySelector<HTMLElement>('input, textarea, button')?.focus();
    };
    return (
      <button type="button" className="button-small button-quiet next-open" onClick={focus}>
        {t('wizard.nextOpenItem', { label: t(keys.itemLabel(item.id)) })}
      </button>
    );
  }
  const index = allSteps.findIndex((ref) => ref.step === step);
  const next = [...allSteps.slice(index + 1), ...allSteps.slice(0, index)].find(
    (ref) => stepProgress(ref.step, answers).open > 0,
  );
  if (!next) return <p className="next-open done">{t('wizard.allDone')}</p>;
  return (
    <a className="button-small button-quiet next-open" href={paths.step(incidentId, next.step.code)}>
      {t('wizard.nextOpenStep', { code: next.step.code, title: t(keys.stepTitle(next.step.code)) })}
    </a>
  );
}
