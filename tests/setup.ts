import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom does not lay out pages, so it has no scrolling.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// The app loads one language at a time, its wording in parts; tests switch
// freely, so all of both languages is loaded up front.
const { initI18n, loadLanguage, loadLegalWording } = await import('@/i18n');
await initI18n('ja');
await Promise.all([loadLanguage('ja', true), loadLanguage('en', true), loadLegalWording('ja'), loadLegalWording('en')]);

// Drafts and the journal live in localStorage: every test starts without them.
beforeEach(() => globalThis.localStorage?.clear());
