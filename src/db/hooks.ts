/** Live views of the database for components: they re-render when any tab writes. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countIncidents, getIncident, listActivity, listIncidentPage, listIncidents, type IncidentPage } from './incidents';
import type { ActivityEntry, LoadResult } from './types';

/**
 * One incident read ahead, at start-up, for the first frame of the page that
 * shows it (see src/app/startup.ts): the first useIncident of that id starts
 * from it instead of from "loading", then its live query takes over. Used
 * once: dropped when any useIncident mounts, or by forgetPrefetched.
 */
let prefetched: { id: string; result: LoadResult | null } | undefined;

/** Reads incident `id` now for the next useIncident of it. Call it only once the journal is replayed. */
export async function prefetchIncident(id: string): Promise<void> {
  const result = (await getIncident(id)) ?? null;
  prefetched = { id, result };
}

export function forgetPrefetched(): void {
  prefetched = undefined;
}

/** undefined while loading, null when there is no such incident. */
export function useIncident(id: string | undefined): LoadResult | null | undefined {
  // Read in the initialiser, dropped in an effect: StrictMode calls initialisers twice.
  const [first] = useState(() => (prefetched && prefetched.id === id ? prefetched.result : undefined));
  useEffect(forgetPrefetched, []);
  return useLiveQuery(async () => (id ? ((await getIncident(id)) ?? null) : null), [id], first);
}

/** Every incident (or match), newest first; undefined while loading. */
export function useIncidentList(query = ''): LoadResult[] | undefined {
  return useLiveQuery(() => listIncidents(query), [query]);
}

/** The first `limit` incidents (or matches), newest first; undefined while loading. */
export function useIncidentPage(query: string, limit: number): IncidentPage | undefined {
  return useLiveQuery(() => listIncidentPage(query, limit), [query, limit]);
}

/** How many incidents are stored; undefined while counting, or until `start`. */
export function useIncidentCount(start = true): number | undefined {
  return useLiveQuery(async () => (start ? countIncidents() : undefined), [start]);
}

/** undefined while loading; oldest first. */
export function useActivity(incidentId: string | undefined): ActivityEntry[] | undefined {
  return useLiveQuery(async () => (incidentId ? listActivity(incidentId) : []), [incidentId]);
}
