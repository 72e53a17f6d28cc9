/**
 * The search index: a bigram inverted index kept in IndexedDB beside the
 * incidents, so a search over ten thousand incidents reads a few small
 * posting lists instead of every incident's text.
 *
 * searchDocs  id → { id, no, text, order }: the incident's searchable text
 *             (normalized), a small number that posting lists refer to, and
 *             its place in the list (detectedAt, then createdAt).
 * searchGrams gram → { gram, docs }: the numbers of the incidents whose text
 *             contains that pair of characters.
 *
 * Every write that changes an incident's text updates both in the same
 * transaction (see updateSearchIndex). A match found through the grams is
 * confirmed against the stored text, so the index only has to be complete,
 * never exact.
 *
 * A damaged row (a document without its text, a posting list that is not a
 * list: a bug, a disk error) must not stop the search, let alone the app: a
 * document without text is confirmed against its incident's row instead, and
 * a damaged posting list counts every document as a candidate. The next
 * write of that incident (or of a text with that pair) puts a sound row in
 * its place.
 */
import type { Table } from 'dexie';
import { incidentText, normalizeForSearch } from './search';
import { incidentRowSchema, type IncidentRow } from './types';

export type SearchDoc = { id: string; no: number; text: string; order: string };
export type SearchGram = { gram: string; docs: number[] };
export type SearchTables = {
  docs: Table<SearchDoc, string>;
  grams: Table<SearchGram, string>;
  /** The incidents themselves, read when a document has lost its text. */
  incidents?: Table<unknown, string>;
};

/** The stored fields, as they may be in a damaged row. */
const hasText = (doc: SearchDoc | undefined): doc is SearchDoc => typeof doc?.text === 'string';
const postings = (list: SearchGram | undefined): number[] | null => (list === undefined ? [] : Array.isArray(list.docs) ? list.docs : null);

/** An incident's new state: its row, or null when it was removed. */
export type IndexChange = { id: string; row: IncidentRow | null };

/** Every pair of neighbouring characters; the text ends with a newline so its last character has a pair too. */
function bigrams(text: string): Set<string> {
  const chars = Array.from(`${text}\n`);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

function searchableText(row: IncidentRow): string {
  return normalizeForSearch(incidentText(row));
}

/** Call inside a 'rw' transaction that includes both tables. */
export async function updateSearchIndex(tables: SearchTables, changes: IndexChange[]): Promise<void> {
  if (changes.length === 0) return;
  const stored = await tables.docs.bulkGet(changes.map((c) => c.id));
  let nextNo: number | undefined;
  const added = new Map<string, number[]>();
  const removed = new Map<string, number[]>();
  const puts: SearchDoc[] = [];
  const deletes: string[] = [];
  const note = (map: Map<string, number[]>, gram: string, no: number) => {
    const list = map.get(gram);
    if (list) list.push(no);
    else map.set(gram, [no]);
  };

  for (const [i, { id, row }] of changes.entries()) {
    const before = stored[i];
    const text = row ? searchableText(row) : null;
    const order = row ? listOrder(row) : '';
    if (before !== undefined && before.text === text && before.order === order) continue;
    let no = typeof before?.no === 'number' ? before.no : undefined;
    if (no === undefined) {
      nextNo ??= ((await tables.docs.orderBy('no').last())?.no ?? 0) + 1;
      no = nextNo++;
    }
    // A damaged document's pairs are unknown: its old postings stay (the index may be wider than exact).
    const oldGrams = hasText(before) ? bigrams(before.text) : new Set<string>();
    const newGrams = text === null ? new Set<string>() : bigrams(text);
    for (const gram of newGrams) if (!oldGrams.has(gram)) note(added, gram, no);
    for (const gram of oldGrams) if (!newGrams.has(gram)) note(removed, gram, no);
    if (text === null) deletes.push(id);
    else puts.push({ id, no, text, order });
  }

  const keys = [...new Set([...added.keys(), ...removed.keys()])];
  const lists = await tables.grams.bulkGet(keys);
  const rebuilt = await rebuildPostings(tables, keys.filter((_, i) => postings(lists[i]) === null));
  const gramPuts: SearchGram[] = [];
  const gramDeletes: string[] = [];
  keys.forEach((gram, i) => {
    const docs = new Set(rebuilt.get(gram) ?? postings(lists[i]));
    for (const no of added.get(gram) ?? []) docs.add(no);
    for (const no of removed.get(gram) ?? []) docs.delete(no);
    if (docs.size === 0) gramDeletes.push(gram);
    else gramPuts.push({ gram, docs: [...docs] });
  });
  await tables.grams.bulkPut(gramPuts);
  await tables.grams.bulkDelete(gramDeletes);
  await tables.docs.bulkPut(puts);
  await tables.docs.bulkDelete(deletes);
}

/**
 * Damaged posting lists made again from every stored document (before this
 * write's changes, which are applied after): rare, so reading them all is
 * fine. A document without its text is kept in each, as it may have the pair.
 */
async function rebuildPostings(tables: SearchTables, grams: string[]): Promise<Map<string, number[]>> {
  const lists = new Map<string, number[]>();
  if (grams.length === 0) return lists;
  const docs = await tables.docs.toArray();
  for (const gram of grams) {
    lists.set(gram, docs.filter((doc) => typeof doc.no === 'number' && (!hasText(doc) || bigrams(doc.text).has(gram))).map((doc) => doc.no));
  }
  return lists;
}

/** Sorts as the list does, newest last: detectedAt, then createdAt (both ISO UTC). */
function listOrder(row: Pick<IncidentRow, 'detectedAt' | 'createdAt'>): string {
  return `${row.detectedAt}|${row.createdAt}`;
}

/** The query's terms: normalized, split on any white space. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}

/**
 * Numbers of the incidents whose text may contain every term: a superset of
 * the matches, to be confirmed with `confirmByNumber` or `confirmById`.
 */
export async function candidates(tables: SearchTables, terms: string[]): Promise<number[]> {
  let found: Set<number> | null = null;
  for (const term of terms) {
    const docs = await termCandidates(tables, term);
    found = found === null ? docs : intersect(found, docs);
    if (found.size === 0) break;
  }
  return [...(found ?? [])];
}

/** The stored documents with these numbers whose text contains every term, newest first. */
export async function confirmByNumber(tables: SearchTables, nos: number[], terms: string[]): Promise<SearchDoc[]> {
  const docs = await withText(tables, await tables.docs.where('no').anyOf(nos).toArray());
  const order = (doc: SearchDoc) => (typeof doc.order === 'string' ? doc.order : '');
  return docs.filter((doc) => containsAll(doc, terms)).sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
}

/** Of `ids`, those among the candidate numbers whose stored text contains every term, in the order given. */
export async function confirmById(tables: SearchTables, ids: string[], nos: Set<number>, terms: string[]): Promise<string[]> {
  const found = await tables.docs.bulkGet(ids);
  const docs = await withText(tables, found.filter((doc) => doc !== undefined && nos.has(doc.no)));
  const matches = new Set(docs.filter((doc) => containsAll(doc, terms)).map((doc) => doc.id));
  return ids.filter((id) => matches.has(id));
}

function containsAll(doc: SearchDoc, terms: string[]): boolean {
  return terms.every((term) => doc.text.includes(term));
}

/**
 * The documents with their text: a damaged one (no text) gets it from its
 * incident's row, read now; without a readable row it matches nothing.
 */
async function withText(tables: SearchTables, docs: (SearchDoc | undefined)[]): Promise<SearchDoc[]> {
  const sound = docs.filter(hasText);
  const damaged = docs.filter((doc): doc is SearchDoc => doc !== undefined && !hasText(doc));
  if (damaged.length === 0 || !tables.incidents) return sound;
  const rows = await tables.incidents.bulkGet(damaged.map((doc) => doc.id));
  const mended = damaged.flatMap((doc, i) => {
    const parsed = incidentRowSchema.safeParse(rows[i]);
    return parsed.success ? [{ ...doc, text: searchableText(parsed.data), order: listOrder(parsed.data) }] : [];
  });
  return [...sound, ...mended];
}

async function termCandidates(tables: SearchTables, term: string): Promise<Set<number>> {
  const chars = Array.from(term);
  if (chars.length === 1) {
    // Every character starts a pair (texts end with a newline), so one
    // character is found through the pairs it starts.
    const lists = await tables.grams.where('gram').startsWith(term).toArray();
    if (lists.some((list) => postings(list) === null)) return everyDocument(tables);
    return new Set(lists.flatMap((list) => list.docs));
  }
  const lists = await tables.grams.bulkGet([...bigrams(term)].filter((gram) => !gram.endsWith('\n')));
  if (lists.some((list) => list === undefined)) return new Set();
  // A damaged list says nothing: the term is looked for through the others, or in every document.
  const sound = (lists as SearchGram[]).filter((list) => postings(list) !== null);
  if (sound.length === 0) return everyDocument(tables);
  const sorted = sound.sort((a, b) => a.docs.length - b.docs.length);
  let result = new Set(sorted[0]!.docs);
  for (const list of sorted.slice(1)) result = intersect(result, new Set(list.docs));
  return result;
}

async function everyDocument(tables: SearchTables): Promise<Set<number>> {
  return new Set((await tables.docs.orderBy('no').keys()) as number[]);
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const value of small) if (large.has(value)) out.add(value);
  return out;
}
