import { render, waitFor } from '@testing-library/react';
import { App, preloadRoute } from '@/app/app';
import { startEarly } from '@/app/startup';
import { createIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { initI18n } from '@/i18n';
import { parseRoute } from '@/lib/router';
import { writeJournal } from '@/saving/journal';
import { resetDb } from '../render-app';

beforeEach(async () => {
  await resetDb();
  localStorage.clear();
});

describe('reopening straight onto a step', () => {
  it('shows the answer a closed tab left in the journal, never the older stored one, from the first frame', async () => {
    const row = await createIncident({ title: '再開', detectedAt: new Date().toISOString(), recorder: '甲' });
    await saveAnswers(row.id, [{ itemId: 'incidentDescription', value: '保存済みの古い値' }], '甲');
    writeJournal([
      { incidentId: row.id, recorder: '甲', at: new Date().toISOString(), changes: [{ itemId: 'incidentDescription', value: '閉じる直前の入力' }] },
    ]);
    await initI18n('ja');
    window.location.hash = `#/incidents/${row.id}/steps/1-1`;

    // As main.tsx does before the first render: database, journal, row and page code at once.
    startEarly(parseRoute(window.location.hash), preloadRoute);
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const box = document.querySelector<HTMLTextAreaElement>('textarea[name="incidentDescription"]');
      if (box && shown.at(-1) !== box.value) shown.push(box.value);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    render(<App />);

    await waitFor(() => expect(document.querySelector('textarea[name="incidentDescription"]')).not.toBeNull(), { timeout: 10_000 });
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="incidentDescription"]')!.value).toBe('閉じる直前の入力');
    await new Promise((resolve) => setTimeout(resolve, 200)); // the live query takes over
    observer.disconnect();
    expect(shown).toEqual(['閉じる直前の入力']);
    expect(localStorage.getItem('incident-checklist.unsaved')).toBeNull();
  });
});
