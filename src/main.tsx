import './lib/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { onUpgradeElsewhere } from './db/incidents';
import { announceUpdate } from './features/app-update/update-state';
import { registerServiceWorker } from './features/app-update/register-sw';
import { flushAll } from './features/saving/pending-saves';
import { captureInstallPrompt } from './features/settings/use-install-prompt';
import { initI18n } from './i18n';
import './styles/app.css';

initI18n();
captureInstallPrompt();
registerServiceWorker();
onUpgradeElsewhere(async () => {
  await flushAll();
  announceUpdate('databaseUpgraded', async () => window.location.reload());
});
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
