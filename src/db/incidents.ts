/**
 * Reading incidents and their activity log, and starting an incident: the
 * list's needs, on the first screen. Every change to an incident is in
 * ./save.ts, loaded with the wizard. Components call only these functions,
 * those of ./save.ts and the hooks in ./hooks.ts.
 */
import { Dexie } from 'dexie';
import * as z from 'zod/mini';
import { checklist } from '@/checklist/definition';
import { isoDateTimeSchema, recorderSchema, titleSchema } from '@/checklist/schema';
import { nowIso } from '@/lib/dates';
import { db, searchTables } from './db';
import { rememberRecorder } from './drafts';
import { parseInput, rowId, toLoadResult } from './rows';
import { candidates, confirmById, confirmByNumber, searchTerms, updateSearchIndex } from './search-index';
import type { ActivityEntry, IncidentRow, LoadResult } from './types';

export { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError } from './errors';
export { incidentText } from './search';
export { onUpgradeElsewhere, openDatabase } from './db';
export type { ActivityEntry, IncidentRow, LoadResult } from './types';

// The create form asks for a recorder; older callers and imports may have none.
const createSchema = z.object({ title: titleSchema, detectedAt: isoDateTimeSchema, recorder: recorderSchema });

export async function createIncident(input: { title: string; detectedAt: string; recorder: string }): Promise<IncidentRow> {
  const { title, detectedAt, recorder } = parseInput(createSchema, input);
  const now = nowIso();
  const row: IncidentRow = {
    id: crypto.randomUUID(),
    checklistVersion: checklist.version,
    title,
    detectedAt,
    recorder,
    status: 'active',
    createdAt: now,
    updatedAt: now,
    answers: {},
  };
  await db.transaction('rw', [db.incidents, db.activity, db.searchDocs, db.searchGrams], async () => {
    await db.incidents.add(row);
    await db.activity.add({ incidentId: row.id, kind: 'created', value: { title, detectedAt }, recordedAt: now, recorder });
    await updateSearchIndex(searchTables(), [{ id: row.id, row }]);
  });
  await rememberRecorder(recorder).catch(() => undefined); // a convenience: the incident is stored either way
  return row;
}

export async function getIncident(id: string): Promise<LoadResult | undefined> {
  const raw: unknown = await db.incidents.get(id);
  return raw === undefined ? undefined : toLoadResult(id, raw);
}

/** One page of the incident list. */
export type IncidentPage = {
  results: LoadResult[];
  /** More incidents follow this page. */
  more: boolean;
};

export const PAGE_SIZE = 50;

/**
 * Newest detection first, at most `limit` of them. Without a query, rows the
 * list index cannot order (unreadable ones) come after all others. With a
 * query, only readable incidents whose title or typed answers contain every
 * term (see search-index.ts).
 */
export async function listIncidentPage(query = '', limit = PAGE_SIZE): Promise<IncidentPage> {
  const terms = searchTerms(query);
  return terms.length === 0 ? browsePage(limit) : searchPage(terms, limit);
}

/** Every incident (or every match), newest first. */
export async function listIncidents(query = ''): Promise<LoadResult[]> {
  return (await listIncidentPage(query, Infinity)).results;
}

/** How many incidents are stored. (IndexedDB counts by reading: keep it off the first paint.) */
export async function countIncidents(): Promise<number> {
  return db.incidents.count();
}

/** Rows whose detectedAt is an ISO date (it starts with a digit), newest first. */
const byDetection = () =>
  db.incidents.where('[detectedAt+createdAt]').between(['0', Dexie.minKey], [':', Dexie.maxKey]).reverse();

async function browsePage(limit: number): Promise<IncidentPage> {
  // One more than the page, to know whether more follow.
  const rows: unknown[] = await byDetection().limit(limit + 1).toArray();
  const results = rows.slice(0, limit).map((raw) => toLoadResult(rowId(raw), raw));
  if (rows.length > limit) return { results, more: true };
  // The last page: rows without a usable detectedAt/createdAt are not in the index.
  const indexed = new Set(await byDetection().primaryKeys());
  const missing = (await db.incidents.toCollection().primaryKeys()).filter((id) => !indexed.has(id)).sort();
  const room = limit - results.length;
  const raws: unknown[] = await db.incidents.bulkGet(missing.slice(0, room));
  return { results: [...results, ...raws.map((raw, i) => toLoadResult(missing[i]!, raw))], more: missing.length > room };
}

/** Up to this many candidates are confirmed all at once; beyond, the list is walked in order. */
const DIRECT_CANDIDATES = 1000;

async function searchPage(terms: string[], limit: number): Promise<IncidentPage> {
  const tables = searchTables();
  const nos = await candidates(tables, terms);
  let found: string[];
  if (nos.length <= DIRECT_CANDIDATES) {
    found = (await confirmByNumber(tables, nos, terms)).map((doc) => doc.id);
  } else {
    // A common word: walk the list newest first until one more than the page has turned up.
    const wanted = new Set(nos);
    found = [];
    for (let offset = 0; found.length <= limit; offset += WALK_CHUNK) {
      const ids = await byDetection().offset(offset).limit(WALK_CHUNK).primaryKeys();
      found.push(...(await confirmById(tables, ids, wanted, terms)));
      if (ids.length < WALK_CHUNK) break;
    }
  }
  const page = found.slice(0, limit);
  const raws: unknown[] = await db.incidents.bulkGet(page);
  const results = raws.flatMap((raw, i) => {
    const result = raw === undefined ? null : toLoadResult(page[i]!, raw);
    return result?.ok ? [result] : [];
  });
  return { results, more: found.length > limit };
}

const WALK_CHUNK = 200;
/** Oldest first, in the order the entries were written. */
export async function listActivity(incidentId: string): Promise<ActivityEntry[]> {
  return db.activity.where('[incidentId+id]').between([incidentId, -Infinity], [incidentId, Infinity]).toArray();
}
