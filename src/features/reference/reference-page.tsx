import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isReferenceId, referenceKeys as k, referencePages } from '@/checklist/reference';
import { AppHeader } from '@/components/app-header';
import { ErrorPanel } from '@/components/error-panel';
import { loadReferenceWording } from '@/i18n';
import { paths } from '@/lib/router';
import { ReferenceSection } from './reference-blocks';
import './reference.css';

/** The page's code with its wording (reference.json): what the app's lazy page awaits. */
export const loadReferencePage = () => loadReferenceWording().then(() => ReferencePage);

/**
 * 参考: the manual's reference pages, word for word, with a table of
 * contents. #/reference/<page> opens at that page: its title gets the focus
 * (and so comes into view), from a step's link or a contents entry alike.
 */
export function ReferencePage({ pageId }: { pageId?: string }) {
  const { t } = useTranslation();
  const focusSection = useCallback((heading: HTMLElement | null) => {
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, []);
  if (pageId !== undefined && !isReferenceId(pageId)) return <ErrorPanel message={t('nav.notFound')} />;
  return (
    <div className="reference-page">
      <AppHeader />
      <main id="main" className="reference">
        <h2>{t(k.heading)}</h2>
        <p>{t(k.intro)}</p>
        <nav aria-label={t(k.contents)} className="reference-contents no-print">
          <h3 className="reference-contents-title">{t(k.contents)}</h3>
          <ol>
            {referencePages.map((page) => (
              <li key={page.id}>
                <a href={paths.reference(page.id)} aria-current={page.id === pageId ? 'location' : undefined}>
                  {t(k.pageLabel(page.id))}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {referencePages.map((page) => (
          <ReferenceSection key={page.id} page={page} focusRef={page.id === pageId ? focusSection : undefined} />
        ))}
      </main>
    </div>
  );
}
