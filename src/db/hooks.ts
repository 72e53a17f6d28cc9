/** Live views of the database for components: they re-render when any tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getIncident, listActivity, listIncidents } from './incidents';
import type { ActivityEntry, LoadResult } from './types';

/** undefined while loading, null when there is no such incident. */
export function useIncident(id: string | undefined): LoadResult | null | undefined {
  return useLiveQuery(async () => (id ? ((await getIncident(id)) ?? null) : null), [id]);
}

/** undefined while loading. */
export function useIncidentList(query = ''): LoadResult[] | undefined {
  return useLiveQuery(() => listIncidents(query), [query]);
}

/** undefined while loading; oldest first. */
export function useActivity(incidentId: string | undefined): ActivityEntry[] | undefined {
  return useLiveQuery(async () => (incidentId ? listActivity(incidentId) : []), [incidentId]);
}
