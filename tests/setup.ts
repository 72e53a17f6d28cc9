import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom does not lay out pages, so it has no scrolling.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function scrollIntoView() {};
