/**
 * A small hash router: the app is served as one file from the service
 * worker's cache, so hash routes need no server fallback, offline or not.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'list' }
  | { name: 'settings' }
  | { name: 'blank' }
  | { name: 'transfer' }
  | { name: 'reference'; pageId?: string }
  | { name: 'record'; incidentId: string }
  | { name: 'step'; incidentId: string; code: string }
  | { name: 'notFound' };

export const paths = {
  list: () => '#/',
  settings: () => '#/settings',
  blank: () => '#/blank',
  transfer: () => '#/transfer',
  reference: (pageId?: string) => (pageId ? `#/reference/${pageId}` : '#/reference'),
  record: (incidentId: string) => `#/incidents/${encodeURIComponent(incidentId)}/record`,
  step: (incidentId: string, code: string) =>
    `#/incidents/${encodeURIComponent(incidentId)}/steps/${code}`,
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'list' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/blank') return { name: 'blank' };
  if (path === '/transfer') return { name: 'transfer' };
  if (path === '/reference') return { name: 'reference' };
  const reference = /^\/reference\/([\w-]+)$/.exec(path);
  if (reference) return { name: 'reference', pageId: reference[1]! };
  const record = /^\/incidents\/([^/]+)\/record$/.exec(path);
  if (record) return { name: 'record', incidentId: decodeURIComponent(record[1]!) };
  const step = /^\/incidents\/([^/]+)\/steps\/([^/]+)$/.exec(path);
  if (step) return { name: 'step', incidentId: decodeURIComponent(step[1]!), code: step[2]! };
  return { name: 'notFound' };
}

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * Whether the route changed since the page was loaded: a page arrived at
 * from inside the app moves the focus to its heading, a page just opened
 * (or reloaded) leaves it at the document's start (the skip link first).
 */
let routeChanged = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (routeChanged = true), { once: true });
export const routeChangedSinceLoad = () => routeChanged;

export function navigate(hash: string): void {
  window.location.hash = hash;
}
