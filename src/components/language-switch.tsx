import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '@/i18n';

/** One button naming the other language, in that language. Its wording is loaded on the press. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = LANGUAGES.find((lng) => lng !== i18n.language) ?? 'ja';
  return (
    <button
      type="button"
      className="button-small button-quiet"
      lang={other}
      title={t('language.label')}
      onClick={() => void setLanguage(other)}
    >
      {t(`language.${other}`)}
    </button>
  );
}
