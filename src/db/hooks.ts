/** Live views of the database for components: they re-render when any tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { countIncidents, getIncident, listActivity, listIncidentPage, listIncidents, type IncidentPage } from './incidents';
import type { ActivityEntry, LoadResult } from './types';

/** undefined while loading, null when there is no such incident. */
export function useIncident(id: string | undefined): LoadResult | null | undefined {
  return useLiveQuery(async () => (id ? ((await getIncident(id)) ?? null) : null), [id]);
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
