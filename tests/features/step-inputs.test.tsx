/**
 * The step form's inputs as a user under stress meets them: a date-time typed
 * as text, 行を削除 with an undo, and 対象外 for a whole step with one reason.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import { findStep, stepItems } from '@/checklist/lookup';
import { stepProgress } from '@/checklist/progress';
import { getIncident, createIncident } from '@/db/incidents';
import { saveAnswers } from '@/db/save';
import type { IncidentRow } from '@/db/types';
import { renderApp, resetDb, t } from '../render-app';

const label = (itemId: string) => t(keys.itemLabel(itemId));
const indicator = () => document.querySelector('.save-indicator')!;

async function stored(id: string): Promise<IncidentRow> {
  const r = await getIncident(id);
  if (!r?.ok) throw new Error('incident not readable');
  return r.incident;
}
const newIncident = () => createIncident({ title: '入力の試験', detectedAt: new Date().toISOString(), recorder: '山田' });
const openStep = (id: string, code: string) => renderApp(`#/incidents/${encodeURIComponent(id)}/steps/${code}`);

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('a date-time answer', () => {
  it('takes Japan time as typed, says how it read it, and keeps the stored value while the text is no date-time', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const row = await newIncident();
    await openStep(row.id, '3-3');
    const box = screen.getByRole('textbox', { name: label('recoveryStartedAt') });
    await user.type(box, '２０２６／１２／０１　１４：３０');
    expect(await screen.findByText('2026年12月1日 14:30 と解釈')).toBeVisible();
    await waitFor(async () => expect((await stored(row.id)).answers.recoveryStartedAt?.value).toBe('2026-12-01T05:30:00.000Z'));
    await waitFor(() => expect(indicator()).toHaveTextContent(/保存済み/));

    // Typed over the whole text: never empty on the way (an empty field is a value, and is stored).
    const over = { initialSelectionStart: 0, initialSelectionEnd: (box as HTMLInputElement).value.length };
    await user.type(box, 'あしたの朝', over);
    expect(await screen.findByText(t('dates.unreadable'))).toBeVisible();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('あしたの朝');
    await waitFor(() => expect(indicator()).toHaveTextContent(t('save.reason.invalidInput')));
    expect(indicator()).not.toHaveTextContent(/保存済み/);
    expect((await stored(row.id)).answers.recoveryStartedAt?.value).toBe('2026-12-01T05:30:00.000Z');

    await user.type(box, '12/2 9:05', { initialSelectionStart: 0, initialSelectionEnd: (box as HTMLInputElement).value.length });
    expect(await screen.findByText(`${new Date().getFullYear()}年12月2日 09:05 と解釈`)).toBeVisible();
    await waitFor(async () => expect((await stored(row.id)).answers.recoveryStartedAt?.value).toMatch(/-12-02T00:05:00\.000Z$/));
    await waitFor(() => expect(indicator()).toHaveTextContent(/保存済み/));
  });
});

describe('行を削除 in a table', () => {
  it('can be undone: the row comes back at its place, and the focus is on 元に戻す meanwhile', async () => {
    const user = userEvent.setup();
    const row = await newIncident();
    await openStep(row.id, '2-14');
    const table = screen.getByRole('group', { name: label('logSources') });
    const vpn = t(keys.preset('logSources', 'vpn'));
    const legends = () => [...table.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends()[0]).toBe(vpn);
    const before = legends();

    await user.click(within(table).getByRole('button', { name: t('table.remove', { name: `\u2068${vpn}\u2069` }) }));
    expect(legends()).toEqual(before.slice(1));
    const status = await within(table).findByRole('status');
    expect(status).toHaveTextContent(`行を削除しました：\u2068${vpn}\u2069`);
    const undo = within(status).getByRole('button', { name: t('table.undo') });
    await waitFor(() => expect(undo).toHaveFocus());
    await waitFor(async () => expect((await stored(row.id)).answers.logSources?.value).toHaveLength(before.length - 1));

    await user.click(undo);
    expect(legends()).toEqual(before);
    expect(within(table).queryByRole('status')).toBeNull();
    await waitFor(async () => {
      const rows = (await stored(row.id)).answers.logSources?.value as Array<{ preset?: string }>;
      expect(rows.map((r) => r.preset)).toEqual(['vpn', 'firewall', 'pc', 'security', 'ad']);
    });
  });

  it('offers the undo only until the next change to the table', async () => {
    const user = userEvent.setup();
    const row = await newIncident();
    await openStep(row.id, '2-14');
    const table = screen.getByRole('group', { name: label('logSources') });
    const firewall = t(keys.preset('logSources', 'firewall'));
    await user.click(within(table).getByRole('button', { name: t('table.remove', { name: `\u2068${firewall}\u2069` }) }));
    expect(await within(table).findByRole('button', { name: t('table.undo') })).toBeVisible();
    await user.type(within(table).getAllByRole('textbox', { name: t(keys.column('logSources', 'by')) })[0]!, '田中');
    expect(within(table).queryByRole('button', { name: t('table.undo') })).toBeNull();
  });
});

describe('対象外 for a whole step', () => {
  it('marks every open item of the step with one reason, keeps the answered ones, and the step counts as done after a reload', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const row = await newIncident();
    await saveAnswers(row.id, [{ itemId: 'hearingWhen', value: '2026年12月1日 9時ごろ' }], '山田');
    await openStep(row.id, '1-4');
    const open = screen.getByRole('button', { name: t('stepNa.open') });

    // Escape and やめる close it; the focus goes back to the button; nothing is marked.
    await user.click(open);
    const reasonBox = screen.getByRole('textbox', { name: t('stepNa.prompt') });
    expect(reasonBox).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: t('stepNa.open') })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: t('stepNa.open') }));
    await user.click(screen.getByRole('button', { name: t('common.cancel') }));
    await waitFor(() => expect(screen.getByRole('button', { name: t('stepNa.open') })).toHaveFocus());

    // No reason: a message, nothing marked.
    await user.click(screen.getByRole('button', { name: t('stepNa.open') }));
    const step = findStep('1-4')!.step;
    const items = stepItems(step);
    // Optional items left empty are not open: they are left as they are.
    const openCount = items.filter((item) => !item.optional).length - 1;
    await user.click(screen.getByRole('button', { name: t('stepNa.confirm', { count: openCount }) }));
    expect(screen.getByRole('alert')).toHaveTextContent(t('na.reasonRequired'));

    await user.type(screen.getByRole('textbox', { name: t('stepNa.prompt') }), '本人不在のため聞き取りできず');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(t('stepNa.done', { count: openCount, reason: '本人不在のため聞き取りできず' }))).toBeVisible();
    await waitFor(async () => {
      const answers = (await stored(row.id)).answers;
      for (const item of items) {
        if (item.id === 'hearingWhen' || item.optional) expect(answers[item.id]?.na).toBeUndefined();
        else expect(answers[item.id]?.na, item.id).toBe('本人不在のため聞き取りできず');
      }
    });
    expect((await stored(row.id)).answers.hearingWhen?.value).toBe('2026年12月1日 9時ごろ');

    // After a reload: every item shows 対象外 with the reason (the answered one its answer), and the step is done.
    cleanup();
    await openStep(row.id, '1-4');
    for (const item of items) {
      const frame = document.getElementById(`item-${item.id}`)!;
      if (item.id === 'hearingWhen') {
        expect(within(frame).getByRole('textbox', { name: label(item.id) })).toHaveValue('2026年12月1日 9時ごろ');
        continue;
      }
      if (item.optional) continue;
      expect(frame).toHaveTextContent(`${t('na.label')} ${t('na.reason')}: 本人不在のため聞き取りできず`);
      // Each mark can still be cleared on its own.
      expect(within(frame).getByRole('button', { name: t('na.clear') })).toBeVisible();
    }
    expect(screen.getByText(t('progress.stepDone'))).toBeVisible();
    expect(stepProgress(step, (await stored(row.id)).answers).open).toBe(0);
    expect(screen.queryByRole('button', { name: t('stepNa.open') })).toBeNull();
  });
});
