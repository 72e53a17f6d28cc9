import { useTranslation } from 'react-i18next';
import { referenceKeys as k, referencePages } from '@/checklist/reference';
import { loadReferenceWording } from '@/i18n';
import { ReferenceSection } from './reference-blocks';
import './reference.css';

/** The appendix with its wording (reference.json): what the app's lazy import awaits. */
export const loadReferenceAppendix = () => loadReferenceWording().then(() => ReferenceAppendix);

/**
 * The manual's reference pages after the blank checklist, on screen and on
 * paper (each page of the manual starts a printed page). The app passes it
 * to the blank checklist page: the record feature does not import this one.
 */
export function ReferenceAppendix() {
  const { t } = useTranslation();
  return (
    <section className="reference reference-appendix" aria-labelledby="reference-appendix-title">
      <h2 id="reference-appendix-title">{t(k.appendix)}</h2>
      {referencePages.map((page) => (
        <ReferenceSection key={page.id} page={page} />
      ))}
    </section>
  );
}
