/**
 * Export and import of whole incidents with their activity logs (backups
 * before a laptop is reimaged, hand-over on a USB stick). The file format
 * itself lives in src/features/transfer/format.ts; this module only sees
 * validated rows.
 *
 * Activity ids are local auto-increment keys: they are left out of exports and
 * renumbered on import, keeping the order of the file.
 */
import { LIMITS } from '@/checklist/schema';
import { deepEqual } from '@/lib/equal';
import { db, searchTables } from './db';
import { rowId } from './rows';
import { ValidationError } from './errors';
import { checkTransferRows, type CheckResult, type TransferRows } from './import-check';
import { updateSearchIndex } from './search-index';
import { activityEntrySchema, incidentRowSchema, type ActivityEntry, type IncidentRow, type IncidentStatus } from './types';

export { MAX_DEPTH, type ImportProblem, type IncidentLabel, type ProblemReason } from './import-check';

export type TransferData = TransferRows;
export type ExportResult = TransferData & { skipped: { incidents: string[]; activity: number } };

export type IncidentSide = { title: string; detectedAt: string; status: IncidentStatus; updatedAt: string };
export type PlanItem =
  | { kind: 'new'; id: string; incoming: IncidentSide }
  | { kind: 'same'; id: string; incoming: IncidentSide }
  /** stored is null when the stored row is unreadable; the incoming one then counts as newer. */
  | { kind: 'conflict'; id: string; incoming: IncidentSide; stored: IncidentSide | null; newer: 'incoming' | 'stored' | 'equal' };
export type ImportPlan = { items: PlanItem[] };
export type ImportDecision = 'keepNewer' | 'keepBoth' | 'skip';
export type ImportSummary = { added: number; copied: number; replaced: number; skipped: number; unchanged: number };

/**
 * The rules of the app's own inputs (see import-check.ts), plus: unique ids,
 * no orphan log entries. What passes is what planImport and applyImport take.
 */
export function checkTransferData(data: unknown): CheckResult {
  return checkTransferRows(data);
}

/** All incidents, or those with the given ids. Unreadable rows are left out and counted. */
export async function exportIncidents(ids?: string[]): Promise<ExportResult> {
  return db.transaction('r', db.incidents, db.activity, async () => {
    const raws: unknown[] = ids ? (await db.incidents.bulkGet([...new Set(ids)])).filter((r) => r !== undefined) : await db.incidents.toArray();
    const incidents: IncidentRow[] = [];
    const skippedIncidents: string[] = [];
    for (const raw of raws) {
      const parsed = incidentRowSchema.safeParse(raw);
      if (parsed.success) incidents.push(parsed.data);
      else skippedIncidents.push(rowId(raw));
    }
    const wanted = new Set(incidents.map((row) => row.id));
    const rawLog: unknown[] = await db.activity.orderBy('id').filter((e) => wanted.has(e.incidentId)).toArray();
    const activity: ActivityEntry[] = [];
    let skippedActivity = 0;
    for (const raw of rawLog) {
      const parsed = activityEntrySchema.safeParse(raw);
      if (!parsed.success) skippedActivity++;
      else activity.push(withoutId(parsed.data));
    }
    return { incidents, activity, skipped: { incidents: skippedIncidents, activity: skippedActivity } };
  });
}

/** What applyImport would do, per incoming incident. Reads only. */
export async function planImport(file: TransferData): Promise<ImportPlan> {
  const data = validated(file);
  return db.transaction('r', db.incidents, async () => {
    const stored: unknown[] = await db.incidents.bulkGet(data.incidents.map((row) => row.id));
    return { items: data.incidents.map((row, i) => classify(row, stored[i])) };
  });
}

/**
 * Applies the file in one transaction over both tables: any failure leaves the
 * database as it was. New incidents are added unless decided 'skip'; conflicts
 * default to 'skip'; identical ones are left alone. keepBoth adds the incoming
 * incident under a new id, its title suffixed " (2)" (or the next free number)
 * so the two are told apart in the list; its updatedAt and log are kept.
 * The plan is made again inside the transaction, so a change made in another
 * tab since the preview is never overwritten unasked.
 */
export async function applyImport(file: TransferData, decisions: Record<string, ImportDecision>): Promise<ImportSummary> {
  const data = validated(file);
  const summary: ImportSummary = { added: 0, copied: 0, replaced: 0, skipped: 0, unchanged: 0 };
  await db.transaction('rw', [db.incidents, db.activity, db.searchDocs, db.searchGrams], async () => {
    const stored: unknown[] = await db.incidents.bulkGet(data.incidents.map((row) => row.id));
    let titles: Set<unknown> | undefined; // read only when a copy needs a free title
    const takenTitles = async () => (titles ??= new Set((await db.incidents.toArray()).map((raw) => (raw as { title?: unknown }).title)));
    const replaced: string[] = [];
    const rows: IncidentRow[] = [];
    const logTarget = new Map<string, string>(); // incident id in the file → id its log is written under
    for (const [i, row] of data.incidents.entries()) {
      // hasOwn: an id like "constructor" must not pick up Object.prototype.
      const action = actionFor(classify(row, stored[i]), Object.hasOwn(decisions, row.id) ? decisions[row.id] : undefined);
      summary[action]++;
      if (action === 'replaced') replaced.push(row.id);
      if (action === 'added' || action === 'replaced') {
        rows.push(row);
        logTarget.set(row.id, row.id);
      }
      if (action === 'copied') {
        const taken = await takenTitles();
        const copy = { ...row, id: crypto.randomUUID(), title: freeTitle(row.title, taken) };
        taken.add(copy.title);
        rows.push(copy);
        logTarget.set(row.id, copy.id);
      }
    }
    await db.activity.where('incidentId').anyOf(replaced).delete();
    await db.incidents.bulkDelete(replaced);
    await db.incidents.bulkAdd(rows);
    // In the file's order, so the logs read back in the order they were written.
    await db.activity.bulkAdd(
      data.activity.flatMap((entry) => {
        const target = logTarget.get(entry.incidentId);
        return target === undefined ? [] : [{ ...withoutId(entry), incidentId: target }];
      }),
    );
    await updateSearchIndex(searchTables(), rows.map((row) => ({ id: row.id, row })));
  });
  return summary;
}

// ---- internals ---------------------------------------------------------------

function actionFor(item: PlanItem, decision: ImportDecision | undefined): keyof ImportSummary {
  if (item.kind === 'same') return 'unchanged';
  if (item.kind === 'new') return decision === 'skip' ? 'skipped' : 'added';
  if (decision === 'keepBoth') return 'copied';
  return decision === 'keepNewer' && item.newer === 'incoming' ? 'replaced' : 'skipped';
}

function validated(file: TransferData): TransferData {
  const checked = checkTransferData(file);
  if (!checked.ok) throw new ValidationError(['validation.invalid'], Object.fromEntries(checked.issues.map((issue) => [issue.path.join('.'), 'validation.invalid'])));
  return checked.data;
}

function classify(incoming: IncidentRow, storedRaw: unknown): PlanItem {
  const side = sideOf(incoming);
  if (storedRaw === undefined) return { kind: 'new', id: incoming.id, incoming: side };
  const parsed = incidentRowSchema.safeParse(storedRaw);
  if (!parsed.success) return { kind: 'conflict', id: incoming.id, incoming: side, stored: null, newer: 'incoming' };
  const stored = parsed.data;
  if (deepEqual(stored, incoming)) return { kind: 'same', id: incoming.id, incoming: side };
  const diff = Date.parse(incoming.updatedAt) - Date.parse(stored.updatedAt);
  return { kind: 'conflict', id: incoming.id, incoming: side, stored: sideOf(stored), newer: diff > 0 ? 'incoming' : diff < 0 ? 'stored' : 'equal' };
}

function sideOf(row: IncidentRow): IncidentSide {
  return { title: row.title, detectedAt: row.detectedAt, status: row.status, updatedAt: row.updatedAt };
}

/** "Title (2)", or the next number not yet taken; the title shortened to keep within its limit. Neutral in both languages. */
function freeTitle(title: string, taken: Set<unknown>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(title, LIMITS.title - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max; // never half a surrogate pair
  return text.slice(0, end).trimEnd();
}

function withoutId(entry: ActivityEntry): ActivityEntry {
  const { id: _id, ...rest } = entry;
  return rest;
}

