import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { announceUpdate } from './features/app-update/update-state';
import { flushAll } from './features/saving/pending-saves';
import { captureInstallPrompt } from './features/settings/use-install-prompt';
import { initI18n } from './i18n';
// The pages' own stylesheets load with the first screen, in the order they
// always had before app.css: the cascade stays the same, and the print
// rules (@page A4) apply whatever page is printed.
import './features/record/record.css';
import './features/transfer/transfer.css';
import './styles/app.css';

captureInstallPrompt();
// The service worker (workbox-window) is not needed for the first screen:
// registered once the page has loaded, as workbox-window would wait anyway.
const registerWorker = () => void import('./features/app-update/register-sw').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerWorker();
else window.addEventListener('load', registerWorker, { once: true });

// Only the language on screen is loaded; render once it is there.
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The database code is not part of the first screen: it loads next (App
  // opens the database with it, the list page reads with it).
  void import('./db/incidents').then(({ onUpgradeElsewhere }) =>
    onUpgradeElsewhere(async () => {
      await flushAll();
      announceUpdate('databaseUpgraded', async () => window.location.reload());
    }),
  );
});
