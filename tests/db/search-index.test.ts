/**
 * The incident list's search goes through a bigram index kept in IndexedDB.
 * Whatever is written, the index must find exactly what a plain text match
 * over every incident finds (plainMatch below).
 */
import fc from 'fast-check';
import { allItems } from '@/checklist/lookup';
import { db } from '@/db/db';
import { createIncident, getIncident, listIncidentPage, listIncidents } from '@/db/incidents';
import { saveAnswers, setNotApplicable, updateIncidentMeta } from '@/db/save';
import { incidentText, normalizeForSearch } from '@/db/search';
import type { IncidentRow } from '@/db/types';
import { applyImport } from '@/db/transfer';
import { generateIncidents } from '../bench/seed/generate';

/** Every term of the query occurs in the incident's searchable text: what search promises, by brute force. */
function plainMatch(row: IncidentRow, query: string): boolean {
  const text = normalizeForSearch(incidentText(row));
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => text.includes(term));
}

const textItems = allItems().filter((item) => item.kind === 'text');
const ids = (results: Awaited<ReturnType<typeof listIncidents>>) => results.map((r) => (r.ok ? r.incident.id : `!${r.id}`));

async function incident(title: string, minutesAgo = 0) {
  const detectedAt = new Date(Date.parse('2026-11-26T00:00:00.000Z') - minutesAgo * 60_000).toISOString();
  return createIncident({ title, detectedAt, recorder: '佐藤' });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('search through the index', () => {
  it('finds a word typed into an answer, and stops finding it once it is edited away', async () => {
    const a = await incident('電子カルテ停止');
    await incident('不審メール', 5);
    await saveAnswers(a.id, [{ itemId: textItems[0]!.id, value: 'サーバSRV-07が暗号化された' }], '佐藤');
    expect(ids(await listIncidents('暗号化'))).toEqual([a.id]);
    expect(ids(await listIncidents('srv-07'))).toEqual([a.id]);

    await saveAnswers(a.id, [{ itemId: textItems[0]!.id, value: 'サーバSRV-07は無事' }], '佐藤');
    expect(await listIncidents('暗号化')).toEqual([]);
    expect(ids(await listIncidents('無事'))).toEqual([a.id]);
  });

  it('finds titles, 対象外 reasons, one character, and corrected titles', async () => {
    const a = await incident('電子カルテ停止');
    const b = await incident('不審メール', 5);
    await setNotApplicable(b.id, textItems[1]!.id, '外来のみで該当なし', '佐藤');
    expect(ids(await listIncidents('該当なし'))).toEqual([b.id]);
    expect(ids(await listIncidents('停'))).toEqual([a.id]);
    await updateIncidentMeta(a.id, { title: '部門システム障害' }, '佐藤');
    expect(await listIncidents('電子カルテ')).toEqual([]);
    expect(ids(await listIncidents('部門'))).toEqual([a.id]);
  });

  it('finds imported incidents', async () => {
    const data = generateIncidents(0, 3);
    await applyImport(data, {});
    const needle = data.incidents[1]!;
    expect(ids(await listIncidents(`第1号`))).toEqual([needle.id]);
  });

  it('agrees with a plain text match over every incident, whatever was typed', async () => {
    const alphabet = ['暗', '号', '化', 'サ', 'ー', 'バ', 'a', 'B', '1', ' ', 'ｂ'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 8 }).map((cs) => cs.join(''));
    const edit = fc.record({ incident: fc.nat(2), item: fc.nat(1), value: word });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 5 }), async (edits, queries) => {
        await db.delete();
        await db.open();
        const made = [await incident('一'), await incident('二', 1), await incident('三', 2)];
        for (const e of edits) await saveAnswers(made[e.incident]!.id, [{ itemId: textItems[e.item]!.id, value: e.value }], '佐藤');
        const rows = await Promise.all(made.map(async (m) => (await getIncident(m.id))!));
        for (const query of queries) {
          const expected = rows.flatMap((r) => (r.ok && plainMatch(r.incident, query) ? [r.incident.id] : []));
          expect(ids(await listIncidents(query))).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the list in pages', () => {
  it('shows the newest first, says there is more, and how many there are', async () => {
    for (let i = 0; i < 5; i++) await incident(`件${i}`, i);
    const page = await listIncidentPage('', 2);
    expect(page.results.map((r) => r.ok && r.incident.title)).toEqual(['件0', '件1']);
    expect(page.more).toBe(true);
    expect((await listIncidentPage('', 5)).more).toBe(false);
  });

  it('walks the list in order when a word is in very many incidents', async () => {
    await applyImport(generateIncidents(0, 1_100), {});
    const page = await listIncidentPage('ベンチ用', 3);
    expect(page.results.map((r) => r.ok && r.incident.id)).toEqual(['bench-00000', 'bench-00001', 'bench-00002']);
    expect(page.more).toBe(true);
  });

  it('pages search results the same way', async () => {
    for (let i = 0; i < 5; i++) await incident(`共通の語 ${i}`, i);
    const page = await listIncidentPage('共通', 3);
    expect(page.results.map((r) => r.ok && r.incident.title)).toEqual(['共通の語 0', '共通の語 1', '共通の語 2']);
    expect(page.more).toBe(true);
    expect((await listIncidentPage('共通', 5)).more).toBe(false);
  });
});

describe('a damaged row of the index', () => {
  /** Writes a search document as a damaged file or a bug elsewhere could leave it (not through the app). */
  async function damageDoc(id: string, change: Record<string, unknown>) {
    const doc = await db.searchDocs.get(id);
    await db.searchDocs.put({ ...doc, ...change } as never);
  }

  it.each([
    ['text is null', { text: null }],
    ['text is missing', { text: undefined }],
    ['text is a number', { text: 42 }],
    ['order is missing too', { text: null, order: undefined }],
  ])('(%s) is passed over: the search still finds that incident through its stored row, and the others', async (_, change) => {
    const a = await incident('電子カルテ停止');
    const b = await incident('不審メール', 5);
    await saveAnswers(a.id, [{ itemId: textItems[0]!.id, value: 'サーバSRV-07が暗号化された' }], '佐藤');
    await damageDoc(a.id, change);

    expect(ids(await listIncidents('暗号化'))).toEqual([a.id]);
    expect(ids(await listIncidents('メール'))).toEqual([b.id]);
    expect(await listIncidents('存在しない語')).toEqual([]);
    // The next write of that incident mends its row.
    await saveAnswers(a.id, [{ itemId: textItems[0]!.id, value: 'サーバSRV-07は無事' }], '佐藤');
    expect(typeof (await db.searchDocs.get(a.id))?.text).toBe('string');
    expect(await listIncidents('暗号化')).toEqual([]);
    expect(ids(await listIncidents('無事'))).toEqual([a.id]);
  });

  it('(a posting list that is not a list) makes every incident a candidate for its terms, confirmed as always', async () => {
    const a = await incident('電子カルテ停止');
    await incident('不審メール', 5);
    await db.searchGrams.put({ gram: 'カル', docs: 'broken' } as never);
    expect(ids(await listIncidents('カルテ'))).toEqual([a.id]);
    expect(await listIncidents('カルメ')).toEqual([]);
    // Writing an incident with that pair of characters does not trip over it either, and mends the list.
    const c = await incident('カルテ端末の故障', 10);
    expect(ids(await listIncidents('カルテ'))).toEqual([a.id, c.id]);
    expect(Array.isArray((await db.searchGrams.get('カル'))?.docs)).toBe(true);
    expect(ids(await listIncidents('カルテ'))).toEqual([a.id, c.id]);
  });

  it('is passed over when the list is walked for a very common word', async () => {
    await applyImport(generateIncidents(0, 1_100), {});
    await damageDoc('bench-00001', { text: null });
    const page = await listIncidentPage('ベンチ用', 3);
    expect(page.results.map((r) => r.ok && r.incident.id)).toEqual(['bench-00000', 'bench-00001', 'bench-00002']);
  });
});
