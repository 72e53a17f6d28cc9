/**
 * A keystroke checks what it changes, not the whole incident again (issue 10,
 * part 6), and a row changed by anyone else is still checked whole.
 */
import { allItems } from '@/checklist/lookup';
import { db } from '@/db/db';
import { CorruptRecordError, ValidationError, createIncident, getIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { incidentRowSchema } from '@/db/types';

const texts = () => allItems().filter((i) => i.kind === 'text');

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writing while typing', () => {
  it('parses the whole incident only for its first write, not for each keystroke', async () => {
    const row = await createIncident({ title: 'Ransomware', detectedAt: '2026-03-01T01:00:00.000Z', recorder: 'Sato' });
    const [first, second] = texts();
    await saveAnswers(row.id, [{ itemId: second!.id, value: 'answered before' }], 'Sato');
    const wholeParses = vi.spyOn(incidentRowSchema, 'safeParse');
    let typed = '';
    for (const key of '暗号化されたファイル') {
      typed += key;
      const stored = await saveAnswers(row.id, [{ itemId: first!.id, value: typed }], 'Sato');
      expect(stored.answers[first!.id]?.value).toBe(typed);
    }
    expect(wholeParses).not.toHaveBeenCalled();
    // What was stored is still whole when read back (reads check everything).
    const read = await getIncident(row.id);
    expect(read?.ok && read.incident.answers[first!.id]?.value).toBe(typed);
    expect(read?.ok && read.incident.answers[second!.id]?.value).toBe('answered before');
    expect(wholeParses).toHaveBeenCalled();
  });

  it('still refuses a value its item does not take', async () => {
    const row = await createIncident({ title: 'Ransomware', detectedAt: '2026-03-01T01:00:00.000Z', recorder: 'Sato' });
    const item = texts()[0]!;
    await saveAnswers(row.id, [{ itemId: item.id, value: 'ok' }], 'Sato');
    await expect(saveAnswers(row.id, [{ itemId: item.id, value: 42 as unknown as string }], 'Sato')).rejects.toThrow(ValidationError);
    const read = await getIncident(row.id);
    expect(read?.ok && read.incident.answers[item.id]?.value).toBe('ok');
  });

  it('checks a row whole again once someone else has changed it', async () => {
    const row = await createIncident({ title: 'Ransomware', detectedAt: '2026-03-01T01:00:00.000Z', recorder: 'Sato' });
    const [first, second] = texts();
    await saveAnswers(row.id, [{ itemId: first!.id, value: 'a' }], 'Sato');
    // Written outside this page (another version, a damaged disk): a new stamp and a broken answer.
    await db.table('incidents').update(row.id, {
      updatedAt: '2026-03-01T02:00:00.000Z',
      [`answers.${second!.id}`]: { value: 42, updatedAt: row.createdAt, updatedBy: '' },
    });
    await expect(saveAnswers(row.id, [{ itemId: first!.id, value: 'ab' }], 'Sato')).rejects.toThrow(CorruptRecordError);
    expect((await db.table('incidents').get(row.id)).answers[first!.id].value).toBe('a');
  });
});
