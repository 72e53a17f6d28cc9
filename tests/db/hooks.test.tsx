import { renderHook, waitFor } from '@testing-library/react';
import { allItems } from '@/checklist/lookup';
import { db } from '@/db/db';
import { useActivity, useIncident, useIncidentList } from '@/db/hooks';
import { createIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('db hooks', () => {
  it('useIncident gives null for an unknown id', async () => {
    const { result } = renderHook(() => useIncident('missing'));
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('follow writes made after the first render', async () => {
    const row = await createIncident({ title: 'Live', detectedAt: '2026-03-01T00:00:00Z', recorder: '' });
    const { result } = renderHook(() => ({
      incident: useIncident(row.id),
      list: useIncidentList('typed'),
      log: useActivity(row.id),
    }));
    await waitFor(() => expect(result.current.log).toHaveLength(1));
    expect(result.current.list).toEqual([]);

    const item = allItems().find((i) => i.kind === 'text')!;
    await saveAnswers(row.id, [{ itemId: item.id, value: 'typed text' }], '');
    await waitFor(() => expect(result.current.log).toHaveLength(2));
    await waitFor(() => expect(result.current.list).toHaveLength(1));
    expect(result.current.incident).toMatchObject({ ok: true, incident: { answers: { [item.id]: { value: 'typed text' } } } });
  });
});
