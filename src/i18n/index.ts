/**
 * i18next set-up. Japanese is the default; English is complete.
 *
 * Only the language on screen is loaded, and in two steps: the app's own
 * wording (ui.json) and the phase names (phases.json, which the incident list
 * shows) before the first render (Japanese, the default, is bundled with the
 * app's code); the checklist's (checklist.json) and the
 * export page's (transfer.json) with the pages that show them (loadAllWording);
 * the 個人情報保護法 helper's (legal.json) and the manual's reference pages'
 * (reference.json) only where they are shown (loadLegalWording,
 * loadReferenceWording): the wizard opens without them. The other language is loaded when the user
 * switches. The service worker precaches every file, so all of this works
 * offline. The choice is remembered in localStorage.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import jaPhases from './locales/ja/phases.json';
import jaUi from './locales/ja/ui.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'incident-checklist.language';

type Part = 'ui' | 'phases' | 'transfer' | 'checklist' | 'legal' | 'reference';
type Json = { default: object };
const files: Record<Language, Record<Part, () => Promise<Json>>> = {
  // The default language's first-render words come with the app's own code:
  // one request less before the first screen.
  ja: {
    ui: () => Promise.resolve({ default: jaUi }),
    phases: () => Promise.resolve({ default: jaPhases }),
    checklist: () => import('./locales/ja/checklist.json'),
    transfer: () => import('./locales/ja/transfer.json'),
    legal: () => import('./locales/ja/legal.json'),
    reference: () => import('./locales/ja/reference.json'),
  },
  en: {
    ui: () => import('./locales/en/ui.json'),
    phases: () => import('./locales/en/phases.json'),
    checklist: () => import('./locales/en/checklist.json'),
    transfer: () => import('./locales/en/transfer.json'),
    legal: () => import('./locales/en/legal.json'),
    reference: () => import('./locales/en/reference.json'),
  },
};
/** Where each file's words sit in the one 'translation' namespace (keys stay as the definition derives them). */
const placeOf: Record<Part, (words: object) => object> = {
  ui: (words) => words,
  phases: (words) => ({ checklist: { phases: words } }),
  transfer: (words) => ({ transfer: words }),
  checklist: (words) => ({ checklist: words }),
  legal: (words) => ({ legal: words }),
  reference: (words) => ({ reference: words }),
};

const loaded = new Map<string, Promise<void>>();
/** Whether a page beyond the first screen's shell asked for all the wording: then a switch loads all of it. */
let allWanted = false;

function loadPart(lng: Language, part: Part): Promise<void> {
  const key = `${lng}/${part}`;
  let done = loaded.get(key);
  if (!done) {
    done = files[lng][part]().then(({ default: words }) => {
      i18next.addResourceBundle(lng, 'translation', placeOf[part](words), true, true);
    });
    done.catch(() => loaded.delete(key)); // try again next time
    loaded.set(key, done);
  }
  return done;
}

/** Loads one language's wording: the app's own, and the rest once any page has needed it. */
export async function loadLanguage(lng: Language, all = allWanted): Promise<void> {
  const parts: Part[] = all ? ['ui', 'phases', 'transfer', 'checklist'] : ['ui', 'phases'];
  if (referenceWanted) parts.push('reference');
  if (legalWanted) parts.push('legal');
  await Promise.all(parts.map((part) => loadPart(lng, part)));
}

/** The checklist's wording in the language on screen: every page but the first screen's frame awaits it. */
export function loadAllWording(): Promise<void> {
  allWanted = true;
  return loadLanguage(currentLanguage(), true);
}

/** Whether a page showed the manual's reference pages (reference.json): then a switch loads them too. */
let referenceWanted = false;

/** The reference pages' wording (reference.json), loaded only by the pages and steps that show them. */
export function loadReferenceWording(lng: Language = currentLanguage()): Promise<void> {
  referenceWanted = true;
  return loadPart(lng, 'reference');
}

/** Whether a page showed the legal helper's results (legal.json): then a switch loads them too. */
let legalWanted = false;

/** The legal helper's wording (legal.json): loaded by 【2-10】's result panel and the record, not by every page. */
export function loadLegalWording(lng: Language = currentLanguage()): Promise<void> {
  legalWanted = true;
  return loadPart(lng, 'legal');
}

function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'ja';
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export async function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this session.
  }
  try {
    await loadLanguage(lng);
  } catch {
    return; // The wording could not be loaded: stay in the language on screen.
  }
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

/** Resolves once the app's own wording in that language is loaded: render after that. */
export function initI18n(lng: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {},
      lng,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // Initialise now, not in a later task: the first screen renders as
      // soon as the words are there.
      initAsync: false,
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return loadLanguage(lng).then(
    () => i18next,
    () => i18next,
  );
}
