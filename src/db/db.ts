/**
 * The only module that constructs Dexie and declares the IndexedDB schema.
 * Components go through src/db/incidents.ts and src/db/hooks.ts instead.
 *
 * Every schema version ever shipped stays here, oldest first, so a laptop that
 * skipped releases still upgrades step by step. Never edit a shipped version:
 * add the next one, with a comment saying why, and extend
 * tests/db/migrations.test.ts.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { withReportLogs } from '@/checklist/kinds/report-log-from-table';
import type { Answer } from '@/checklist/types';
import { updateSearchIndex, type SearchDoc, type SearchGram, type SearchTables } from './search-index';
import { incidentRowSchema, type ActivityEntry, type IncidentRow } from './types';

export const DB_NAME = 'incident-checklist';

/** Index specs per version, exported so tests can build an old database. */
export const STORES = {
  1: { incidents: 'id, updatedAt', activity: '++id, incidentId' },
  2: {
    incidents: 'id, updatedAt, detectedAt, status',
    // [incidentId+id]: one incident's log in the order it was written.
    activity: '++id, incidentId, [incidentId+id]',
  },
  3: {
    incidents: 'id, updatedAt, detectedAt, status, [detectedAt+createdAt]',
    activity: '++id, incidentId, [incidentId+id]',
    searchDocs: 'id, &no',
    searchGrams: 'gram',
  },
  4: {
    incidents: 'id, updatedAt, detectedAt, status, [detectedAt+createdAt]',
    activity: '++id, incidentId, [incidentId+id]',
    searchDocs: 'id, &no',
    searchGrams: 'gram',
    drafts: 'key',
  },
  5: {
    incidents: 'id, updatedAt, detectedAt, status, [detectedAt+createdAt]',
    activity: '++id, incidentId, [incidentId+id]',
    searchDocs: 'id, &no',
    searchGrams: 'gram',
    drafts: 'key',
  },
} as const;

export type AppDb = Dexie & {
  incidents: EntityTable<IncidentRow, 'id'>;
  activity: EntityTable<ActivityEntry, 'id'>;
  searchDocs: Table<SearchDoc, string>;
  searchGrams: Table<SearchGram, string>;
  drafts: Table<Draft, string>;
};

/** What is typed where there is no incident to save it into yet (the create form). */
export type Draft = { key: string; value: unknown; savedAt: string };

export const db = new Dexie(DB_NAME) as AppDb;

// v1: the first schema.
db.version(1).stores(STORES[1]);

// v2: indexes for the incident list (detectedAt, status) and the ordered log;
// fills in fields that v1 rows may lack so they pass validation.
db.version(2).stores(STORES[2]).upgrade(backfillV1Rows);

// v3: the list pages through incidents newest first ([detectedAt+createdAt]),
// and searches through a bigram index (search-index.ts) built here for the
// incidents already stored.
db.version(3).stores(STORES[3]).upgrade(indexStoredIncidents);

// v4: drafts, for what is typed before there is an incident (the create form).
// localStorage, which the journal uses, is not on disk for seconds after a
// write in Chromium: a crash loses it. A new table, nothing to upgrade.
db.version(4).stores(STORES[4]);

// v5: the report tables of 【2-13】 and 【2-18】 (reportsMhlw, reportsPolice) were
// replaced by report logs per authority (reportLogMhlw, reportLogPolice). Each
// stored table is converted into its log (checklist/kinds/report-log-from-table.ts
// says how; nothing typed is dropped) and also kept under its retired id.
// Same indexes; the search index is rebuilt for the converted rows.
db.version(5).stores(STORES[5]).upgrade(convertReportTables);

export const searchTables = (): SearchTables => ({ docs: db.searchDocs, grams: db.searchGrams, incidents: db.incidents });

function backfillV1Rows(tx: Transaction) {
  return tx
    .table('incidents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.status ??= 'active';
      row.checklistVersion ??= 1;
      row.recorder ??= '';
    });
}

async function convertReportTables(tx: Transaction) {
  await tx
    .table('incidents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const answers = row.answers;
      if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return;
      const next = withReportLogs(answers as Record<string, Answer>);
      if (next !== answers) row.answers = next;
    });
  await indexStoredIncidents(tx);
}

async function indexStoredIncidents(tx: Transaction) {
  const rows: unknown[] = await tx.table('incidents').toArray();
  const changes = rows.flatMap((raw) => {
    const parsed = incidentRowSchema.safeParse(raw);
    return parsed.success ? [{ id: parsed.data.id, row: parsed.data }] : [];
  });
  await updateSearchIndex({ docs: tx.table('searchDocs'), grams: tx.table('searchGrams') }, changes);
}

/**
 * A newer tab is upgrading (or deleting) the database. Dexie's default is to
 * close at once; instead we let the app write what is still pending, then
 * close, and the app asks the user to reload (the update prompt).
 */
export function onUpgradeElsewhere(beforeClose: () => Promise<void>): void {
  db.on('versionchange', () => {
    void beforeClose().finally(() => db.close());
    return false; // stops Dexie's default handler, which would close first
  });
}

/**
 * Opens the database up front, so a browser that refuses IndexedDB (some
 * private modes, storage disabled by policy) is told on the first screen.
 */
export async function openDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    if (typeof indexedDB === 'undefined') return { ok: false, reason: 'indexedDB is not defined' };
    await db.open();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
