/**
 * Issue 12, part 5: the draft of the PPC report on 【2-13】. Its nine items are
 * drawn from named answers, editable (saved as typed, in the report log),
 * copied to the clipboard one by one, and 確報 asks for every item.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReportLogValue } from '@/checklist/types';
import { createIncident, getIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

const item = (id: string) => t(`ppcDraft.item.${id}`);

it('draws each item from named answers, keeps edits as typed, copies an item and asks for all in 確報', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  const row = await createIncident({ title: '報告案の試験', detectedAt: new Date().toISOString(), recorder: '山田' });
  await saveAnswers(
    row.id,
    [
      { itemId: 'incidentDescription', value: '電子カルテの画面に脅迫文が表示された' },
      { itemId: 'preventionMeasures', value: 'VPN機器の更新と多要素認証の導入' },
    ],
    '山田',
  );
  await renderApp(`#/incidents/${encodeURIComponent(row.id)}/steps/2-13`);
  const panel = await screen.findByRole('region', { name: t('ppcDraft.heading') });

  const summary = within(panel).getByRole('textbox', { name: item('summary') });
  expect((summary as HTMLTextAreaElement).value).toContain('電子カルテの画面に脅迫文が表示された');
  expect(within(panel).getByText(t('ppcDraft.sources', { list: `【1-1】${t('checklist.items.incidentDescription.label')}` }))).toBeVisible();
  expect((within(panel).getByRole('textbox', { name: item('prevention') }) as HTMLTextAreaElement).value).toContain('多要素認証');

  // Copy: the text as shown goes to the clipboard, and it says so.
  await user.click(within(panel).getByRole('button', { name: t('ppcDraft.copy', { item: item('summary') }) }));
  expect(await navigator.clipboard.readText()).toContain('電子カルテの画面に脅迫文が表示された');
  expect(within(panel).getByText(t('ppcDraft.copied'))).toBeVisible();

  // An edit is saved as typed, in the report log.
  await user.type(within(panel).getByRole('textbox', { name: item('cause') }), 'VPN機器の脆弱性');
  await waitFor(async () => {
    const r = await getIncident(row.id);
    const value = r?.ok ? (r.incident.answers.reportLogMhlw?.value as ReportLogValue) : undefined;
    expect(value?.ppcDraft?.items.cause).toBe('VPN機器の脆弱性');
  });

  // 速報: an unknown item may stay empty; 確報 asks for it.
  expect(within(panel).getAllByText(t('ppcDraft.missing.sokuho')).length).toBeGreaterThan(0);
  await user.click(within(panel).getByRole('radio', { name: t('reportLog.type.kakuho') }));
  expect(within(panel).getAllByText(t('ppcDraft.missing.kakuho')).length).toBeGreaterThan(0);
  await waitFor(async () => {
    const r = await getIncident(row.id);
    expect(r?.ok && (r.incident.answers.reportLogMhlw?.value as ReportLogValue).ppcDraft?.stage).toBe('kakuho');
  });
});
