import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, preloadRoute } from './app/app';
import { startEarly } from './app/startup';
import { ErrorBoundary } from './components/error-boundary';
import { parseRoute } from './lib/router';
import { captureInstallPrompt } from './features/settings/use-install-prompt';
import { initI18n } from './i18n';
// The pages' own stylesheets load with the first screen, in the order they
// always had before app.css: the cascade stays the same, and the print
// rules (@page A4) apply whatever page is printed.
import './features/record/record.css';
import './features/transfer/transfer.css';
import './styles/app.css';

// Only the language on screen is loaded (initialised now, so what loads
// next is in that language).
const wording = initI18n();

// What the first screen shows next starts loading now, alongside its first
// render (which runs first: it is flushed in this task, below): the database
// is opened and the journal replayed; on a step or record route, the page's
// code and wording load beside that, and the incident is read once the
// journal is replayed; on the list page the list's code. A failure here is
// reported by whatever awaits the same import (App, the list page).
const route = parseRoute(window.location.hash);
startEarly(route, preloadRoute);
if (route.name === 'list') import('./features/incidents/incident-list').catch(() => undefined);

captureInstallPrompt();
// The service worker (workbox-window) is not needed for the first screen:
// registered once the page has loaded, as workbox-window would wait anyway.
const registerWorker = () => void import('./features/app-update/register-sw').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerWorker();
else window.addEventListener('load', registerWorker, { once: true });

// Render once the wording is there, at once rather than in a task of its
// own behind whatever else the page queued.
void wording.then(() => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
});
