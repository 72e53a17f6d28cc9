/**
 * Opening the database, and what a page showing one incident needs first.
 *
 * The database code is not in the first render's chunks. Opening it, the
 * journal's replay and, on a step or record route, the incident's row and
 * the page's code are started by main.tsx before React renders, side by
 * side; App takes that start over (startDatabase). Pages that show stored
 * answers wait until the journal of a closed tab is replayed, so they never
 * show a value older than it: the row is read only after the replay.
 */
import { announceUpdate, lockInputs } from '@/features/app-update/update-state';
import { replayJournal } from '@/saving/journal';
import { flushAll } from '@/saving/pending-saves';
import type { Route } from '@/lib/router';

export type DbState = { ok: true } | { ok: false; reason: string };

const quietly = () => undefined;

/** A user-timing mark (performance.mark), for the bench and DevTools. */
const mark = (name: string) => performance.mark?.(`reopen:${name}`);

/** A newer tab upgrading the database gets pending saves written first, then the user is asked to reload. */
async function openDatabase(opening: () => void): Promise<DbState> {
  try {
    // Dexie's chunk is asked for beside the module that imports it, not after it.
    const [{ onUpgradeElsewhere, openDatabase: open }] = await Promise.all([import('@/db/incidents'), import('@/db/db')]);
    mark('db code');
    onUpgradeElsewhere(async () => {
      // The database closes once pending saves are written: nothing typed after that could be.
      lockInputs();
      await flushAll();
      announceUpdate('databaseUpgraded', async () => window.location.reload());
    });
    const opened = open();
    opening();
    return await opened;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

async function openAndReplay(opening: () => void = quietly): Promise<DbState> {
  const state = await openDatabase(opening);
  mark('db open');
  if (state.ok) {
    await replayJournal();
    mark('journal replayed');
  }
  return state;
}

/** Reads the route's incident (after the replay) for its page's first frame; never fails. */
async function prefetchRow(incidentId: string): Promise<void> {
  // Left by a route change before the page showed it, the row is not to be shown later: stale by then.
  const left = new Promise<void>((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
  try {
    const hooks = await import('@/db/hooks');
    await hooks.prefetchIncident(incidentId);
    mark('row read');
    void left.then(() => hooks.forgetPrefetched());
  } catch {
    // The page reads it itself.
  }
}

let started: Promise<DbState> | undefined;

/**
 * Called once by main.tsx before the first render. On a step or record
 * route the state resolves once the incident's row is read (after the
 * journal's replay) and `preload` (the page's code and wording) is in too,
 * so the page's first frame shows the stored answers.
 */
export function startEarly(route: Route, preload: (route: Route) => Promise<unknown>): void {
  let code: Promise<unknown> = Promise.resolve();
  // The page's code loads while IndexedDB opens: parsing it first would hold the database's code back.
  const loadCode = () => void (code = preload(route).then(() => mark('page code'), quietly));
  started = openAndReplay(loadCode).then(async (state) => {
    if (state.ok && (route.name === 'step' || route.name === 'record')) await Promise.all([prefetchRow(route.incidentId), code]);
    return state;
  });
}

/** The database opened and the journal replayed: what main.tsx started, or else a start now. */
export function startDatabase(): Promise<DbState> {
  const early = started;
  started = undefined;
  return early ?? openAndReplay();
}
