/**
 * The incident list with a year of records on one laptop: 300 fully answered
 * incidents in IndexedDB (fake-indexeddb here, so read the figures as ratios
 * within one run). Listing reads and validates every row with zod; searching
 * adds the text match. The pure match alone shows what the search itself costs.
 *   npx vitest bench --run --project unit tests/bench/list.bench.ts
 */
import { bench, describe } from 'vitest';
import '@/lib/zod-setup'; // as in the app: zod without eval (our CSP)
import { db } from '@/db/db';
import { listIncidents } from '@/db/incidents';
import { incidentMatches } from '@/db/search';
import { incidentRowSchema } from '@/db/types';
import { fullSource } from '../record/full-record';

const INCIDENTS = 300;
const { incident, activity } = fullSource();
const rows = Array.from({ length: INCIDENTS }, (_, i) => ({
  ...incident,
  id: `bench-${i}`,
  title: `${incident.title} ${i}`,
  detectedAt: new Date(Date.parse(incident.detectedAt) - i * 86_400_000).toISOString(),
}));
await db.delete();
await db.open();
await db.incidents.bulkPut(rows);
await db.activity.bulkAdd(rows.flatMap((row) => activity.map(({ id: _id, ...entry }) => ({ ...entry, incidentId: row.id }))));
const options = { iterations: 10, warmupIterations: 2 };

describe(`incident list, ${INCIDENTS} full incidents`, () => {
  bench('list all (read + validate)', async () => {
    await listIncidents('');
  }, options);
  bench('search one word', async () => {
    await listIncidents('ランサムウェア');
  }, options);
  bench('read only (IndexedDB, no validation)', async () => {
    await db.incidents.toArray();
  }, options);
  bench('validate only (zod, no IndexedDB)', () => {
    for (const row of rows) incidentRowSchema.safeParse(row);
  }, options);
  bench('search, match only (no IndexedDB, no validation)', () => {
    rows.filter((row) => incidentMatches(row, 'ランサムウェア'));
  }, options);
});
