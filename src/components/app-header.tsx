import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/router';
import { LanguageSwitch } from './language-switch';
import { SaveIndicator } from './save-indicator';
import { SkipLink } from './skip-link';

/** The header of the pages outside an incident: list and settings. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <SkipLink />
      <h1>
        <a href={paths.list()}>{t('app.title')}</a>
      </h1>
      <SaveIndicator />
      <a className="button-small button-quiet" href={paths.blank()}>
        {t('record.blankLink')}
      </a>
      <a className="button-small button-quiet" href={paths.transfer()}>
        {t('transfer.heading')}
      </a>
      <a className="button-small button-quiet" href={paths.reference()}>
        {t('nav.reference')}
      </a>
      <a className="button-small button-quiet" href={paths.settings()}>
        {t('nav.settings')}
      </a>
      <LanguageSwitch />
    </header>
  );
}
