/**
 * The incident list with a year of records on one laptop: 300 fully answered
 * incidents (tests/bench/seed/generate.ts), written through the import so the
 * search index is built as in the app. fake-indexeddb here, so read the
 * figures as ratios within one run; `npm run bench` measures the same in
 * Chromium with 10,000 incidents.
 *   npx vitest bench --run --project unit tests/bench/list.bench.ts
 */
import { bench, describe } from 'vitest';
import '@/lib/zod-setup'; // as in the app: zod without eval (our CSP)
import { db } from '@/db/db';
import { listIncidentPage, listIncidents } from '@/db/incidents';
import { applyImport } from '@/db/transfer';
import { incidentRowSchema } from '@/db/types';
import { generateIncidents } from './seed/generate';

const INCIDENTS = 300;
const data = generateIncidents(0, INCIDENTS);
await db.delete();
await db.open();
await applyImport(data, {});
const options = { iterations: 10, warmupIterations: 2 };

describe(`incident list, ${INCIDENTS} full incidents`, () => {
  bench('first page (read + validate 50)', async () => {
    await listIncidentPage('');
  }, options);
  bench('all (read + validate every row)', async () => {
    await listIncidents('');
  }, options);
  bench('search a word in one incident (index)', async () => {
    await listIncidentPage('第123号');
  }, options);
  bench('search a word in every incident (index, first page)', async () => {
    await listIncidentPage('ベンチ用');
  }, options);
  bench('validate only (zod, no IndexedDB)', () => {
    for (const row of data.incidents) incidentRowSchema.safeParse(row);
  }, options);
});
