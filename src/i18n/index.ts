/**
 * i18next set-up. Japanese is the default; English is complete. Both
 * languages are bundled statically (two small JSON files each) so they are
 * precached with the app and work offline. The choice is remembered in
 * localStorage.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enChecklist from './locales/en/checklist.json';
import enTransfer from './locales/en/transfer.json';
import enUi from './locales/en/ui.json';
import jaChecklist from './locales/ja/checklist.json';
import jaTransfer from './locales/ja/transfer.json';
import jaUi from './locales/ja/ui.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'incident-checklist.language';

export const resources = {
  ja: { translation: { ...jaUi, checklist: jaChecklist, transfer: jaTransfer } },
  en: { translation: { ...enUi, checklist: enChecklist, transfer: enTransfer } },
};

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export function setLanguage(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this session.
  }
  void i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export function initI18n(lng: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}
