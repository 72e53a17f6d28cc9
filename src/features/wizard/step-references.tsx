import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceKeys as k } from '@/checklist/reference';
import type { Step } from '@/checklist/types';
import { loadReferenceWording } from '@/i18n';
import { paths } from '@/lib/router';
import './step-extras.css';

/**
 * The manual's reference pages a step links to (【2-10】 → 個人情報保護法の
 * 報告義務 …): plain links to #/reference/<page>. Their words come with the
 * reference pages (reference.json), loaded when a step that has links is shown.
 */
export function StepReferences({ step }: { step: Step }) {
  const { t, i18n } = useTranslation();
  const refs = step.references;
  const [ready, setReady] = useState(() => i18n.exists(k.stepLink));
  useEffect(() => {
    if (!refs?.length || ready) return;
    let live = true;
    void loadReferenceWording().then(
      () => live && setReady(true),
      () => undefined, // offline without the file: the step shows no links
    );
    return () => {
      live = false;
    };
  }, [refs, ready]);
  if (!refs?.length || !ready) return null;
  return (
    <nav className="step-references" aria-label={t(k.stepLinks)}>
      <ul>
        {refs.map((id) => (
          <li key={id}>
            <a href={paths.reference(id)}>{t(k.stepLink, { label: t(k.pageLabel(id)) })}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
