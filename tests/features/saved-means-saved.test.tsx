/**
 * Issue 9's saving defects, as a user meets them in the wizard: each test
 * failed on the code before the save queue (dafc93d).
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import { LIMITS } from '@/checklist/schema';
import { db } from '@/db/db';
import { createIncident, getIncident, listActivity } from '@/db/incidents';
import { saveChanges } from '@/db/save';
import type { IncidentRow } from '@/db/types';
import { announceUpdate } from '@/features/app-update/update-state';
import { goToStep, renderApp, resetDb, t } from '../render-app';

const label = (itemId: string) => t(keys.itemLabel(itemId));
const indicator = () => document.querySelector('.save-indicator')!;

async function stored(id: string): Promise<IncidentRow> {
  const r = await getIncident(id);
  if (!r?.ok) throw new Error('incident not readable');
  return r.incident;
}

async function openStep(code: string, recorder = '山田') {
  const row = await createIncident({ title: '保存の試験', detectedAt: new Date().toISOString(), recorder });
  await renderApp(`#/incidents/${row.id}/steps/${code}`);
  await screen.findByRole('heading', { level: 2, name: new RegExp(`【${code}】`) });
  return row.id;
}


beforeEach(async () => {
  await resetDb();
  localStorage.clear();
});
afterEach(() => cleanup());

describe('saved means saved', () => {
  it('keeps saving a step after a value too long to store, and never says 保存済み while it is on screen', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const id = await openStep('1-1');
    const description = screen.getByRole('textbox', { name: label('incidentDescription') });
    await user.click(description);
    await user.paste('あ'.repeat(LIMITS.text + 1));
    expect(await screen.findByText(t('validation.tooLong'))).toBeVisible();
    expect(indicator()).toHaveTextContent(t('save.reason.invalidInput'));
    expect(indicator()).not.toHaveTextContent(/保存済み/);

    await user.type(screen.getByRole('textbox', { name: label('detectedBy') }), '看護師 佐藤');
    await waitFor(async () => expect((await stored(id)).answers.detectedBy?.value).toBe('看護師 佐藤'));
    // The long text is still on screen and still not stored: the indicator still says so.
    expect(indicator()).toHaveTextContent(t('save.reason.invalidInput'));

    await user.clear(description);
    await user.type(description, '短くした');
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('短くした'));
    await waitFor(() => expect(indicator()).toHaveTextContent(/保存済み/));
  });

  it('keeps saving a step after it was completed and reopened', async () => {
    const user = userEvent.setup();
    const id = await openStep('1-1');
    const description = screen.getByRole('textbox', { name: label('incidentDescription') });
    await user.type(description, '画面に脅迫文');
    await user.click(screen.getByRole('button', { name: t('incident.complete') }));
    await user.click(await screen.findByRole('button', { name: t('completeConfirm.confirm') })); // asked first: items are open
    await user.click(await screen.findByRole('button', { name: t('incident.reopen') }));
    await waitFor(() => expect(description).toBeEnabled());
    await user.type(description, '、続き');
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('画面に脅迫文、続き'));
    await user.type(screen.getByRole('textbox', { name: label('detectedBy') }), '佐藤');
    await waitFor(async () => expect((await stored(id)).answers.detectedBy?.value).toBe('佐藤'));
  });

  it('saves a 対象外 reason as it is typed, before it is confirmed, and brings it back', async () => {
    const user = userEvent.setup();
    const id = await openStep('1-1');
    const frame = () => document.getElementById('item-networks')!;
    await user.click(within(frame()).getByRole('button', { name: t('na.mark') }));
    await user.type(within(frame()).getByRole('textbox', { name: t('na.reasonPrompt') }), 'スタンドアロン端末');
    await waitFor(async () => expect((await stored(id)).answers.networks?.naDraft).toBe('スタンドアロン端末'));
    // Not confirmed: the item is still open.
    expect((await stored(id)).answers.networks?.na).toBeUndefined();

    await goToStep(user, '1-4');
    await goToStep(user, '1-1');
    expect(within(frame()).getByRole('textbox', { name: t('na.reasonPrompt') })).toHaveValue('スタンドアロン端末');

    cleanup();
    await renderApp(`#/incidents/${id}/steps/1-1`);
    const box = await within(frame()).findByRole('textbox', { name: t('na.reasonPrompt') });
    expect(box).toHaveValue('スタンドアロン端末');
    await user.type(box, 'のため');
    await user.click(within(frame()).getByRole('button', { name: t('na.confirm') }));
    await waitFor(async () => expect((await stored(id)).answers.networks?.na).toBe('スタンドアロン端末のため'));
    expect((await stored(id)).answers.networks?.naDraft).toBeUndefined();
  });

  it('puts a 対象外 reason being typed into the journal of a closing tab', async () => {
    const user = userEvent.setup();
    await openStep('1-1');
    const frame = document.getElementById('item-networks')!;
    await user.click(within(frame).getByRole('button', { name: t('na.mark') }));
    const box = within(frame).getByRole('textbox', { name: t('na.reasonPrompt') });
    box.focus();
    await user.keyboard('院内LANなし');
    // The tab closes at once: what is not stored yet must be in the journal, synchronously.
    window.dispatchEvent(new Event('pagehide'));
    const journal = JSON.parse(localStorage.getItem('incident-checklist.unsaved') ?? '[]') as { changes: { kind: string; text?: string }[] }[];
    const drafts = journal.flatMap((e) => e.changes).filter((c) => c.kind === 'naDraft');
    expect(drafts.at(-1)?.text).toBe('院内LANなし');
  });

  it('says why a 対象外 reason could not be stored, keeps it, and stores it on retry', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const id = await openStep('1-1');
    let diskFull = true;
    const fail = function () {
      if (diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.incidents.hook('updating', fail);
    const frame = document.getElementById('item-networks')!;
    await user.click(within(frame).getByRole('button', { name: t('na.mark') }));
    await user.type(within(frame).getByRole('textbox', { name: t('na.reasonPrompt') }), '紙運用');
    await user.click(within(frame).getByRole('button', { name: t('na.confirm') }));
    await waitFor(() => expect(indicator()).toHaveTextContent(t('save.reason.quota')));
    expect(within(frame).getByText('紙運用')).toBeVisible();
    diskFull = false;
    await waitFor(async () => expect((await stored(id)).answers.networks?.na).toBe('紙運用'), { timeout: 6000 });
    db.incidents.hook('updating').unsubscribe(fail);
  });

  it('keeps both values when another tab changed an answer this tab had not seen, and lets the user pick', async () => {
    const user = userEvent.setup();
    const id = await openStep('1-1');
    const description = screen.getByRole('textbox', { name: label('incidentDescription') });
    await user.type(description, '自分の入力');
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('自分の入力'));
    // Another tab writes a value while this one is about to write its own: hold this tab's write
    // until the other tab's value is stored, so this tab writes over a value it never saw.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const original = db.transaction.bind(db);
    let holding = true;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (!holding) return (original as (...a: unknown[]) => unknown)(...args);
      holding = false;
      return held.then(() => (original as (...a: unknown[]) => unknown)(...args));
    }) as never);
    await user.type(description, '、追記');
    await act(async () => {
      await saveChanges(id, [{ kind: 'answer', itemId: 'incidentDescription', value: '別タブの入力' }], { recorder: '鈴木', tab: 'other-tab' });
      release();
    });
    vi.restoreAllMocks();
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('自分の入力、追記'));
    const row = await stored(id);
    expect(row.answers.incidentDescription?.overwritten).toMatchObject({ value: '別タブの入力', by: '鈴木' });
    const values = (await listActivity(id)).filter((e) => e.itemId === 'incidentDescription').map((e) => e.value);
    expect(values).toEqual(['自分の入力', '別タブの入力', '自分の入力、追記']);

    const frame = document.getElementById('item-incidentDescription')!;
    expect(await within(frame).findByText(/別タブの入力/)).toBeVisible();
    await user.click(within(frame).getByRole('button', { name: t('overwrite.restore') }));
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.value).toBe('別タブの入力'));
    await waitFor(async () => expect((await stored(id)).answers.incidentDescription?.overwritten).toBeUndefined());
    expect(description).toHaveValue('別タブの入力');
    await waitFor(() => expect(description).toHaveFocus()); // the notice went; the keyboard goes on in the answer
    expect((await listActivity(id)).some((e) => e.kind === 'overwriteSeen' && e.value === '別タブの入力')).toBe(true);
  });

  it('locks every input from the moment 更新 is pressed', async () => {
    const user = userEvent.setup();
    await openStep('1-1');
    let applied = false;
    act(() => announceUpdate('newVersion', async () => void (applied = true)));
    await user.click(await screen.findByRole('button', { name: t('update.apply') }));
    expect(applied).toBe(true);
    expect(document.querySelector('.app-content')).toHaveAttribute('inert');
    expect(screen.getByText(t('update.locked'))).toBeVisible();
  });
});
