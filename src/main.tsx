import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
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

// What the first screen shows next starts loading now, alongside its first
// render (which runs first: it is flushed in this task, below): the database
// code, and on the list page the list itself. A failure here is reported by
// whatever awaits the same import (App, the list page).
const quietly = () => undefined;
import('./db/incidents').catch(quietly);
if (parseRoute(window.location.hash).name === 'list') import('./features/incidents/incident-list').catch(quietly);

captureInstallPrompt();
// The service worker (workbox-window) is not needed for the first screen:
// registered once the page has loaded, as workbox-window would wait anyway.
const registerWorker = () => void import('./features/app-update/register-sw').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerWorker();
else window.addEventListener('load', registerWorker, { once: true });

// Only the language on screen is loaded; render once it is there, at once
// rather than in a task of its own behind whatever else the page queued.
void initI18n().then(() => {
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
