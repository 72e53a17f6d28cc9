/** Keyboard users stay where they were: after 対象外 and the header's inline editors, focus lands on the next control. */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createIncident } from '@/db/incidents';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
  const row = await createIncident({ title: 'フォーカスの試験', detectedAt: new Date().toISOString(), recorder: '山田' });
  await renderApp(`#/incidents/${row.id}/steps/1-1`);
  await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
});
afterEach(() => cleanup());

describe('focus after the inline editors', () => {
  it('対象外: confirm lands on 取り消す, 取り消す and Escape land on 対象外にする', async () => {
    const user = userEvent.setup();
    const frame = document.getElementById('item-networks')!;
    await user.click(within(frame).getByRole('button', { name: t('na.mark') }));
    await user.keyboard('紙運用{Enter}');
    await waitFor(() => expect(within(frame).getByRole('button', { name: t('na.clear') })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(frame).getByRole('button', { name: t('na.mark') })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(within(frame).getByRole('textbox', { name: t('na.reasonPrompt') })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(frame).getByRole('button', { name: t('na.mark') })).toHaveFocus());
  });

  it('対象外: a reason dropped with Escape is gone when the editor opens again, and the input has the focus', async () => {
    const user = userEvent.setup();
    const frame = document.getElementById('item-networks')!;
    await user.click(within(frame).getByRole('button', { name: t('na.mark') }));
    await user.keyboard('ABCDEFGH{Escape}');
    await waitFor(() => expect(within(frame).getByRole('button', { name: t('na.mark') })).toHaveFocus());
    await user.keyboard('{Enter}');
    const box = within(frame).getByRole('textbox', { name: t('na.reasonPrompt') });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('交代 and 件名・検知日時を修正: Escape goes back to the button that opened them', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('recorder.change') }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: t('recorder.change') })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: t('incident.metaEdit') }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: t('incident.metaEdit') })).toHaveFocus());
  });
});
