import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import { guidanceBullet } from '@/checklist/guidance';
import type { Step } from '@/checklist/types';
import { StepReferences } from './step-references';

/**
 * The manual's own words for a step, in its order, beside the inputs. The
 * same for every answer: not drawn again when one is saved. It keeps to the
 * window's height and scrolls on its own (app.css), so it is a Tab stop,
 * named, for scrolling by keyboard.
 */
export const GuidancePanel = memo(function GuidancePanel({ step }: { step: Step }) {
  const { t } = useTranslation();
  return (
    // A region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <aside className="guidance" aria-label={t('wizard.guidance')} tabIndex={0}>
      <h3>{t('wizard.guidance')}</h3>
      <ul>
        {step.guidance.map((g) => {
          const bullet = guidanceBullet(g.kind);
          return (
            <li key={g.id} className={`guidance-${g.kind}`}>
              {bullet && <span className="bullet" aria-hidden="true">{bullet}</span>}
              <span>{t(keys.guidance(step.code, g.id))}</span>
            </li>
          );
        })}
      </ul>
      <StepReferences step={step} />
    </aside>
  );
});
