import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          className="button-small"
          aria-pressed={i18n.language === lng}
          onClick={() => setLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
