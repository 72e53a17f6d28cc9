import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 本文へ移動: the first Tab stop of every page, shown when focused. It moves
 * the focus to the page's <main> and scrolls there; it does not follow
 * `#main`, which the hash router would read as a route.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const main = document.querySelector<HTMLElement>('main');
    if (!main) return;
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus({ preventScroll: true });
    main.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {t('nav.skip')}
    </a>
  );
}
