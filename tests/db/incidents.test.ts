import { allItems } from '@/checklist/lookup';
import type { AnswerValue, Item, ItemKind } from '@/checklist/types';
import { db } from '@/db/db';
import { CorruptRecordError, NotFoundError, ReadOnlyError, ValidationError, createIncident, getIncident, incidentText, listActivity, listIncidents, type IncidentRow, type LoadResult } from '@/db/incidents';
import { completeIncident, reopenIncident, saveAnswers, setNotApplicable, setRecorder, updateIncidentMeta } from '@/db/save';

/** Items are picked by kind so the tests hold whatever the definition contains. */
function itemOf<K extends ItemKind>(kind: K): Extract<Item, { kind: K }> {
  const item = allItems().find((i) => i.kind === kind);
  if (!item) throw new Error(`The definition has no ${kind} item`);
  return item as Extract<Item, { kind: K }>;
}
const text = () => itemOf('text');
const otherText = () => allItems().filter((i) => i.kind === 'text')[1] ?? itemOf('person');

function newIncident(title = 'Ransomware on ward PC', detectedAt = '2026-03-01T01:00:00.000Z') {
  return createIncident({ title, detectedAt, recorder: 'Sato' });
}

function ok(result: LoadResult | undefined): IncidentRow {
  if (!result?.ok) throw new Error(`expected a valid incident, got ${JSON.stringify(result)}`);
  return result.incident;
}

const titles = (results: LoadResult[]) => results.map((r) => (r.ok ? r.incident.title : `!${r.id}`));

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createIncident', () => {
  it('stores the row and a created log entry', async () => {
    const row = await newIncident('  Encrypted files  ');
    expect(row).toMatchObject({ title: 'Encrypted files', recorder: 'Sato', status: 'active', answers: {} });
    expect(ok(await getIncident(row.id))).toEqual(row);
    const log = await listActivity(row.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'created', incidentId: row.id, recorder: 'Sato' });
  });

  it('normalises detectedAt to UTC', async () => {
    const row = await newIncident('x', '2026-03-01T10:00:00+09:00');
    expect(row.detectedAt).toBe('2026-03-01T01:00:00.000Z');
  });

  it.each([
    [{ title: '   ' }, 'validation.required'],
    [{ title: 'x'.repeat(201) }, 'validation.tooLong'],
    [{ detectedAt: 'yesterday' }, 'validation.invalidDate'],
    [{ recorder: 'x'.repeat(101) }, 'validation.tooLong'],
  ])('rejects %o with %s and writes nothing', async (override, key) => {
    const input = { title: 'Title', detectedAt: '2026-03-01T01:00:00.000Z', recorder: '', ...override };
    const error = await createIncident(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([key]);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.activity.count()).toBe(0);
  });
});

describe('listIncidents', () => {
  it('lists newest detection first, ties by creation', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T00:00:00Z'));
    await newIncident('old', '2026-03-01T00:00:00Z');
    await newIncident('tie-earlier', '2026-03-03T00:00:00Z');
    vi.setSystemTime(new Date('2026-03-05T00:01:00Z'));
    await newIncident('tie-later', '2026-03-03T00:00:00Z');
    await newIncident('newest', '2026-03-04T00:00:00Z');
    expect(titles(await listIncidents())).toEqual(['newest', 'tie-later', 'tie-earlier', 'old']);
  });

  describe('search', () => {
    beforeEach(async () => {
      const a = await newIncident('Ransomware at clinic ABC');
      await saveAnswers(a.id, [{ itemId: text().id, value: 'The VPN appliance was unpatched' }], 'Sato');
      const b = await newIncident('Phishing mail');
      await saveAnswers(b.id, [{ itemId: text().id, value: 'Nurse clicked a link' }], 'Sato');
    });

    it('finds a word typed in a text answer', async () => {
      expect(titles(await listIncidents('unpatched'))).toEqual(['Ransomware at clinic ABC']);
    });

    it('finds a word of the title, ignoring case', async () => {
      expect(titles(await listIncidents('PHISHING'))).toEqual(['Phishing mail']);
    });

    it('matches full-width letters against half-width ones', async () => {
      expect(titles(await listIncidents('ＡＢＣ'))).toEqual(['Ransomware at clinic ABC']);
      expect(titles(await listIncidents('ｖｐｎ'))).toEqual(['Ransomware at clinic ABC']);
    });

    it('returns nothing when nothing matches', async () => {
      expect(await listIncidents('printer')).toEqual([]);
    });

    it('requires every term (full-width space separates too)', async () => {
      expect(titles(await listIncidents('ransomware　vpn'))).toEqual(['Ransomware at clinic ABC']);
      expect(await listIncidents('ransomware nurse')).toEqual([]);
      expect(await listIncidents('phishing vpn')).toEqual([]);
    });
  });
});

describe('incidentText', () => {
  it('holds typed text of every kind and 対象外 reasons, not option ids or dates', () => {
    const group = itemOf('checkboxGroup');
    const table = itemOf('table');
    const approval = itemOf('approval');
    const textColumn = table.columns.find((c) => c.kind === 'text')!;
    const stamp = { updatedAt: '2026-03-01T00:00:00.000Z', updatedBy: 'Sato' };
    const row: IncidentRow = {
      id: 'i1',
      checklistVersion: 1,
      title: 'Title',
      detectedAt: '2026-03-01T00:00:00.000Z',
      recorder: '',
      status: 'active',
      createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
      answers: {
        [text().id]: { value: 'typed words', ...stamp },
        [group.id]: { value: { selected: ['other'], other: 'other text' }, ...stamp },
        [table.id]: { value: [{ preset: 'presetId', cells: { [textColumn.id]: 'cell text' } }], ...stamp },
        [approval.id]: { value: { approver: 'Dr Tanaka', at: '2026-03-02T00:00:00.000Z', comment: 'approved ok' }, ...stamp },
        [itemOf('datetime').id]: { na: 'not relevant here', ...stamp },
        retiredItem: { value: { note: 'old note' } as unknown as AnswerValue, ...stamp },
      },
    };
    const textOf = incidentText(row);
    for (const s of ['Title', 'typed words', 'other text', 'cell text', 'Dr Tanaka', 'approved ok', 'not relevant here', 'old note']) {
      expect(textOf).toContain(s);
    }
    expect(textOf).not.toContain('presetId');
    expect(textOf).not.toContain('2026');
  });
});

describe('saveAnswers', () => {
  it('stores each changed answer with exactly one log entry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { id } = await newIncident();
    vi.setSystemTime(new Date('2026-03-01T02:00:00Z'));
    const changes = [
      { itemId: text().id, value: 'first' },
      { itemId: otherText().id, value: 'second' },
    ];
    const row = await saveAnswers(id, changes, 'Suzuki');
    const stored = ok(await getIncident(id));
    expect(stored).toEqual(row);
    for (const { itemId, value } of changes) {
      expect(stored.answers[itemId]).toEqual({ value, updatedAt: '2026-03-01T02:00:00.000Z', updatedBy: 'Suzuki' });
    }
    expect(stored.updatedAt).toBe('2026-03-01T02:00:00.000Z');
    const entries = (await listActivity(id)).filter((e) => e.kind === 'answer');
    expect(entries).toEqual(
      changes.map(({ itemId, value }) =>
        expect.objectContaining({ incidentId: id, itemId, value, recordedAt: '2026-03-01T02:00:00.000Z', recorder: 'Suzuki' }),
      ),
    );
  });

  it('logs nothing for a value equal to what is stored', async () => {
    const { id } = await newIncident();
    const group = itemOf('checkboxGroup');
    const value = { selected: ['other'], other: 'x' };
    await saveAnswers(id, [{ itemId: group.id, value }], 'Sato');
    await saveAnswers(id, [{ itemId: group.id, value: { other: 'x', selected: ['other'] } }], 'Sato');
    await saveAnswers(id, [{ itemId: text().id, value: '' }], 'Sato'); // still empty
    expect((await listActivity(id)).map((e) => e.kind)).toEqual(['created', 'answer']);
  });

  it('records when a done action happened', async () => {
    const { id } = await newIncident();
    const action = itemOf('action');
    const value = { done: true, occurredAt: '2026-03-01T01:05:00.000Z', by: 'Ito' };
    await saveAnswers(id, [{ itemId: action.id, value }], 'Sato');
    const [entry] = (await listActivity(id)).filter((e) => e.kind === 'answer');
    expect(entry).toMatchObject({ itemId: action.id, occurredAt: '2026-03-01T01:05:00.000Z' });
  });

  it('writes nothing when one change of the call is invalid', async () => {
    const { id } = await newIncident();
    const changes = [
      { itemId: text().id, value: 'valid' },
      { itemId: itemOf('triState').id, value: 'maybe' as AnswerValue },
    ];
    const error = await saveAnswers(id, changes, 'Sato').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toHaveProperty(itemOf('triState').id);
    expect(ok(await getIncident(id)).answers).toEqual({});
    expect(await listActivity(id)).toHaveLength(1);
  });

  it('rejects an item id the definition does not know', async () => {
    const { id } = await newIncident();
    await expect(saveAnswers(id, [{ itemId: 'noSuchItem', value: 'x' }], 'Sato')).rejects.toThrow(ValidationError);
    expect(await listActivity(id)).toHaveLength(1);
  });

  it('rolls the answer back when writing its log entry fails', async () => {
    const { id } = await newIncident();
    const failingLog = vi.fn(() => {
      throw new Error('disk full');
    });
    db.activity.hook('creating', failingLog);
    try {
      await expect(saveAnswers(id, [{ itemId: text().id, value: 'lost?' }], 'Sato')).rejects.toThrow('disk full');
    } finally {
      db.activity.hook('creating').unsubscribe(failingLog);
    }
    expect(failingLog).toHaveBeenCalled();
    const row = ok(await getIncident(id));
    expect(row.answers).toEqual({});
    expect(await listActivity(id)).toHaveLength(1);
  });

  it('keeps the na mark of an item when its value changes', async () => {
    const { id } = await newIncident();
    await setNotApplicable(id, text().id, 'No such system', 'Sato');
    await saveAnswers(id, [{ itemId: text().id, value: 'after all' }], 'Sato');
    expect(ok(await getIncident(id)).answers[text().id]).toMatchObject({ value: 'after all', na: 'No such system' });
  });

  it('does not overwrite items another tab changed meanwhile', async () => {
    const { id } = await newIncident();
    await saveAnswers(id, [{ itemId: text().id, value: 'v0' }], 'tab A');
    // Both tabs loaded the incident before either saved, then each saves its own item.
    await Promise.all([
      saveAnswers(id, [{ itemId: text().id, value: 'from A' }], 'tab A'),
      saveAnswers(id, [{ itemId: otherText().id, value: 'from B' }], 'tab B'),
    ]);
    await saveAnswers(id, [{ itemId: otherText().id, value: 'from B again' }], 'tab B');
    const { answers } = ok(await getIncident(id));
    expect(answers[text().id]).toMatchObject({ value: 'from A', updatedBy: 'tab A' });
    expect(answers[otherText().id]).toMatchObject({ value: 'from B again', updatedBy: 'tab B' });
  });

  it('throws NotFoundError for a missing incident', async () => {
    await expect(saveAnswers('nope', [{ itemId: text().id, value: 'x' }], 'Sato')).rejects.toThrow(NotFoundError);
  });
});

describe('setNotApplicable', () => {
  it('marks 対象外 with a reason, then clears it, logging both', async () => {
    const { id } = await newIncident();
    await saveAnswers(id, [{ itemId: text().id, value: 'kept' }], 'Sato');
    await setNotApplicable(id, text().id, '  No VPN in this hospital ', 'Ito');
    expect(ok(await getIncident(id)).answers[text().id]).toMatchObject({ value: 'kept', na: 'No VPN in this hospital', updatedBy: 'Ito' });
    await setNotApplicable(id, text().id, null, 'Ito');
    const answer = ok(await getIncident(id)).answers[text().id];
    expect(answer).toMatchObject({ value: 'kept' });
    expect(answer).not.toHaveProperty('na');
    const log = await listActivity(id);
    expect(log.map((e) => e.kind)).toEqual(['created', 'answer', 'na', 'naCleared']);
    expect(log[2]).toMatchObject({ itemId: text().id, reason: 'No VPN in this hospital', recorder: 'Ito' });
  });

  it('requires a reason', async () => {
    const { id } = await newIncident();
    const error = await setNotApplicable(id, text().id, '   ', 'Sato').catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual(['validation.required']);
    await expect(setNotApplicable(id, text().id, 'x'.repeat(2001), 'Sato')).rejects.toThrow(ValidationError);
    expect(ok(await getIncident(id)).answers).toEqual({});
  });

  it('opens a reason an older version stored, longer than a reason may now be, and the item stays writable', async () => {
    const { id, createdAt } = await newIncident();
    // Before the 2000-character limit a reason could be as long as any text: 20,000.
    const old = 'あ'.repeat(20_000);
    await db.table('incidents').update(id, { [`answers.${text().id}`]: { na: old, naDraft: old, updatedAt: createdAt, updatedBy: 'Sato' } });
    expect(ok(await getIncident(id)).answers[text().id]).toMatchObject({ na: old, naDraft: old });
    await saveAnswers(id, [{ itemId: text().id, value: 'still writable' }], 'Sato');
    expect(ok(await getIncident(id)).answers[text().id]).toMatchObject({ value: 'still writable', na: old });
    // A new reason that long is refused; the old one can be cleared.
    await expect(setNotApplicable(id, text().id, old, 'Sato')).rejects.toThrow(ValidationError);
    await setNotApplicable(id, text().id, null, 'Sato');
    expect(ok(await getIncident(id)).answers[text().id]).not.toHaveProperty('na');
  });
});

describe('setRecorder and updateIncidentMeta', () => {
  it('change the row and are logged', async () => {
    const { id } = await newIncident();
    await setRecorder(id, ' Kato ');
    await updateIncidentMeta(id, { title: 'Renamed', detectedAt: '2026-02-28T00:00:00Z' }, 'Kato');
    await updateIncidentMeta(id, { title: 'Renamed' }, 'Kato'); // unchanged: no entry
    expect(ok(await getIncident(id))).toMatchObject({ recorder: 'Kato', title: 'Renamed', detectedAt: '2026-02-28T00:00:00.000Z' });
    const log = await listActivity(id);
    expect(log.map((e) => e.kind)).toEqual(['created', 'recorder', 'meta']);
    expect(log[2]).toMatchObject({ value: { title: 'Renamed', detectedAt: '2026-02-28T00:00:00.000Z' }, recorder: 'Kato' });
  });

  it('rejects an empty title', async () => {
    const { id } = await newIncident();
    await expect(updateIncidentMeta(id, { title: '' }, 'Kato')).rejects.toThrow(ValidationError);
  });
});

describe('completeIncident and reopenIncident', () => {
  it('make the record read-only and editable again, answers intact', async () => {
    const { id } = await newIncident();
    await saveAnswers(id, [{ itemId: text().id, value: 'before' }], 'Sato');
    const completed = await completeIncident(id, 'Sato');
    expect(completed.status).toBe('completed');
    expect(completed.completedAt).toBeDefined();

    await expect(saveAnswers(id, [{ itemId: text().id, value: 'after' }], 'Sato')).rejects.toThrow(ReadOnlyError);
    await expect(setNotApplicable(id, otherText().id, 'reason', 'Sato')).rejects.toThrow(ReadOnlyError);
    expect(ok(await getIncident(id)).answers).toEqual({ [text().id]: expect.objectContaining({ value: 'before' }) });

    const reopened = await reopenIncident(id, 'Ito');
    expect(reopened.status).toBe('active');
    expect(reopened).not.toHaveProperty('completedAt');
    await saveAnswers(id, [{ itemId: text().id, value: 'after' }], 'Ito');
    expect(ok(await getIncident(id)).answers[text().id]?.value).toBe('after');
    expect((await listActivity(id)).map((e) => e.kind)).toEqual(['created', 'answer', 'completed', 'reopened', 'answer']);
  });
});

describe('listActivity', () => {
  it('returns one incident’s entries oldest first', async () => {
    const a = await newIncident('a');
    const b = await newIncident('b');
    await saveAnswers(a.id, [{ itemId: text().id, value: '1' }], 'Sato');
    await saveAnswers(b.id, [{ itemId: text().id, value: 'other' }], 'Sato');
    await saveAnswers(a.id, [{ itemId: otherText().id, value: '2' }], 'Sato');
    const log = await listActivity(a.id);
    expect(log.map((e) => e.value)).toEqual([{ title: 'a', detectedAt: a.detectedAt }, '1', '2']);
    expect(log.every((e) => e.incidentId === a.id)).toBe(true);
  });

  describe('while someone types (each keystroke is saved)', () => {
    afterEach(() => vi.useRealTimers());
    const at = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

    it('keeps one line per answer: the last value, at the time of the last keystroke', async () => {
      at('2026-11-26T01:00:00.000Z');
      const a = await newIncident('a');
      for (const value of ['暗', '暗号', '暗号化']) await saveAnswers(a.id, [{ itemId: text().id, value }], 'Sato');
      at('2026-11-26T01:00:30.000Z');
      await saveAnswers(a.id, [{ itemId: text().id, value: '暗号化された' }], 'Sato');
      const answers = (await listActivity(a.id)).filter((e) => e.kind === 'answer');
      expect(answers.map((e) => [e.value, e.recordedAt])).toEqual([['暗号化された', '2026-11-26T01:00:30.000Z']]);
    });

    it('starts a new line after a pause, for another person, or after another item', async () => {
      at('2026-11-26T01:00:00.000Z');
      const a = await newIncident('a');
      await saveAnswers(a.id, [{ itemId: text().id, value: '1' }], 'Sato');
      at('2026-11-26T01:01:00.000Z');
      await saveAnswers(a.id, [{ itemId: text().id, value: '12' }], 'Sato');
      await saveAnswers(a.id, [{ itemId: text().id, value: '123' }], 'Ito');
      await saveAnswers(a.id, [{ itemId: otherText().id, value: 'x' }], 'Ito');
      await saveAnswers(a.id, [{ itemId: text().id, value: '1234' }], 'Ito');
      const answers = (await listActivity(a.id)).filter((e) => e.kind === 'answer');
      expect(answers.map((e) => e.value)).toEqual(['1', '12', '123', 'x', '1234']);
    });

    it('gives every tick of an action its own line', async () => {
      const a = await newIncident('a');
      const action = itemOf('action');
      const tick = (done: boolean) => saveAnswers(a.id, [{ itemId: action.id, value: { done, occurredAt: '', by: 'Sato' } }], 'Sato');
      await tick(true);
      await tick(false);
      await tick(true);
      const answers = (await listActivity(a.id)).filter((e) => e.kind === 'answer');
      expect(answers.map((e) => (e.value as { done: boolean }).done)).toEqual([true, false, true]);
    });
  });
});

describe('corrupted records', () => {
  async function seedCorrupt() {
    const good = await newIncident('good');
    const raw = db.table('incidents');
    await raw.put({ id: 'x', title: 42 });
    const { id: _id, ...rest } = good;
    const earlier = new Date(Date.parse(good.detectedAt) - 60_000).toISOString();
    await raw.put({ ...rest, id: 'y', detectedAt: earlier, answers: { [text().id]: { value: 42, updatedAt: good.createdAt, updatedBy: '' } } });
    return good;
  }

  it('are reported as ok:false without throwing', async () => {
    await seedCorrupt();
    const x = await getIncident('x');
    expect(x).toMatchObject({ ok: false, id: 'x' });
    expect(x?.ok === false && x.error).toContain('title');
    const y = await getIncident('y');
    expect(y).toMatchObject({ ok: false, id: 'y' });
    expect(y?.ok === false && y.error).toContain(`answers.${text().id}`);
  });

  it('are listed by their date when it is readable, else after all others', async () => {
    await seedCorrupt();
    expect(titles(await listIncidents())).toEqual(['good', '!y', '!x']);
    expect(titles(await listIncidents('good'))).toEqual(['good']);
  });

  it('are not written to', async () => {
    await seedCorrupt();
    await expect(saveAnswers('y', [{ itemId: otherText().id, value: 'x' }], 'Sato')).rejects.toThrow(CorruptRecordError);
  });

  it('keeps answers to item ids the definition retired', async () => {
    const good = await newIncident('good');
    await db.incidents.update(good.id, { 'answers.retiredItem': { value: { anything: 1 } as unknown as AnswerValue, updatedAt: good.createdAt, updatedBy: '' } });
    expect(ok(await getIncident(good.id)).answers).toHaveProperty('retiredItem');
  });

  it('reports a missing incident as undefined', async () => {
    expect(await getIncident('missing')).toBeUndefined();
  });
});
