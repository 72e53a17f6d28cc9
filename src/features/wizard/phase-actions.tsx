import { useTranslation } from 'react-i18next';
import { keys } from '@/checklist/i18n-keys';
import type { Phase } from '@/checklist/types';
import './step-extras.css';

/** The manual's key actions of a phase (✓異常等の検知 ✓端末の隔離 ✓連絡), in one line under the phase's name. */
export function PhaseActions({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <ul className="phase-actions" aria-label={t('wizard.phaseActions')}>
      {phase.actions.map((action) => (
        <li key={action}>
          <span aria-hidden="true">✓</span>
          {t(keys.phaseAction(phase.id, action))}
        </li>
      ))}
    </ul>
  );
}
