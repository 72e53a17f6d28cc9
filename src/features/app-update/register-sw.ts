/**
 * Registers the service worker (production builds only) with workbox-window.
 * The worker precaches the whole app, so after the first visit it opens
 * with no network at all. A new version waits until the user chooses to
 * update: we flush every pending save, tell the waiting worker to take
 * over, and reload once it controls the page.
 */
import { Workbox } from 'workbox-window';
import { flushAll } from '@/saving/pending-saves';
import { announceUpdate } from './update-state';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    announceUpdate('newVersion', async () => {
      await flushAll();
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.waiting) {
        // Another window already let the new version take over: this page
        // only needs to load it.
        window.location.reload();
        return;
      }
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
