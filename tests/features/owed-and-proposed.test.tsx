/**
 * What the wizard shows (issue 11): a step whose report is still owed is not
 * "done" anywhere, and the item says why; 提案 is a quiet † with one legend
 * per section, never a badge on the manual's own actions.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import { goToStep, renderApp, resetDb, t } from '../render-app';

const label = (itemId: string) => t(keys.itemLabel(itemId));
const frame = (itemId: string) => document.getElementById(`item-${itemId}`)!;
const stepLink = (code: string) =>
  within(screen.getByRole('navigation', { name: t('wizard.steps') })).getByRole('link', { name: new RegExp(`【${code}】`) });

async function startIncident(user: ReturnType<typeof userEvent.setup>) {
  await renderApp('#/');
  await user.type(screen.getByRole('textbox', { name: t('incident.title') }), 'ランサムウェア感染の疑い');
  await user.type(screen.getByRole('textbox', { name: t('recorder.label') }), '山田 太郎');
  await user.click(screen.getByRole('button', { name: t('list.start') }));
  // The wizard's code loads on first use: slow on a busy machine.
  await screen.findByRole('heading', { level: 2, name: /【1-1】/ }, { timeout: 10_000 });
}

/** Picks はい / いいえ / 不明 in one preset row's 報告済みか. */
async function reported(user: ReturnType<typeof userEvent.setup>, preset: string, state: 'yes' | 'no') {
  const row = screen.getByRole('group', { name: t(keys.preset('reportsMhlw', preset)) });
  const radios = within(row).getByRole('radiogroup', { name: t(keys.column('reportsMhlw', 'done')) });
  await user.click(within(radios).getByRole('radio', { name: t(`triState.${state}`) }));
}

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('an owed report', () => {
  it('keeps 【2-13】 open in the step list and says why at the item', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-13');
    await reported(user, 'mhlw', 'yes');
    await reported(user, 'ppc', 'no');
    await reported(user, 'prefecture', 'yes');

    const item = frame('reportsMhlw');
    await waitFor(() => expect(within(item).getByText(t('item.status.owed'))).toBeVisible());
    expect(within(item).queryByText(t('item.status.done'))).toBeNull();
    const what = t('item.owed.row', { row: t(keys.preset('reportsMhlw', 'ppc')), column: t(keys.column('reportsMhlw', 'done')), answer: t('triState.no') });
    expect(within(item).getByText(t('item.owed.line', { what }))).toBeVisible();
    expect(stepLink('2-13')).toHaveTextContent(t('progress.openShort', { count: 1 }));
    expect(stepLink('2-13')).not.toHaveTextContent('✓');
    expect(screen.queryByText(t('progress.stepDone'))).toBeNull();

    // Reported after all: done everywhere.
    await reported(user, 'ppc', 'yes');
    await waitFor(() => expect(within(item).getByText(t('item.status.done'))).toBeVisible());
    expect(within(item).queryByText(t('item.owed.line', { what }))).toBeNull();
    await waitFor(() => expect(stepLink('2-13')).toHaveTextContent('✓'));
  });
});

describe('our proposals', () => {
  const marks = (element: HTMLElement) => within(element).queryAllByRole('img', { name: t('proposed.label') });

  it('carry no badge on the manual’s own actions in 【2-6】, one † on the optional notes, and one legend', async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-6');
    for (const id of ['backupChecked', 'backupOffline', 'networkBlocked', 'stopDecisionCommunicated']) {
      expect(within(frame(id)).queryByText(t('proposed.label')), id).toBeNull();
      expect(marks(frame(id)), id).toHaveLength(0);
    }
    expect(marks(frame('spreadPreventionNotes'))).toHaveLength(1);
    expect(screen.getAllByText(t('proposed.legend'))).toHaveLength(1);
    // The mark explains itself on hover.
    expect(marks(frame('spreadPreventionNotes'))[0]).toHaveAttribute('title', t('proposed.title'));
  });

  it('marks no tick of 【1-4】 that the manual requires', async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '1-4');
    for (const id of ['lanDisconnected', 'similarEventsChecked', 'doNotUseNotice', 'photosTaken']) {
      expect(within(frame(id)).queryByText(t('proposed.label')), id).toBeNull();
      expect(marks(frame(id)), id).toHaveLength(0);
    }
    expect(screen.getByRole('checkbox', { name: label('lanDisconnected') })).toBeVisible();
  });

  it('marks the preset rows that are ours (the AD log), not the manual’s', async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-14');
    expect(marks(screen.getByRole('group', { name: new RegExp(`^${t(keys.preset('logSources', 'ad'))}`) }))).toHaveLength(1);
    expect(marks(screen.getByRole('group', { name: t(keys.preset('logSources', 'vpn')) }))).toHaveLength(0);
    expect(screen.getAllByText(t('proposed.legend'))).toHaveLength(1);
  });

  it('marks the accountLocked hint as ours, and the manual’s ransomware hint not', async () => {
    const user = userEvent.setup();
    await startIncident(user);
    const cases = screen.getByRole('group', { name: label('incidentCases') });
    await user.click(within(cases).getByRole('checkbox', { name: t(keys.option('incidentCases', 'accountLocked')) }));
    await user.click(within(cases).getByRole('checkbox', { name: t(keys.option('incidentCases', 'encrypted')) }));
    const hints = await screen.findAllByRole('status');
    const hintOf = (option: string) => hints.find((h) => h.textContent!.startsWith(t(keys.optionHint('incidentCases', option))))!;
    expect(marks(hintOf('accountLocked'))).toHaveLength(1);
    expect(marks(hintOf('encrypted'))).toHaveLength(0);
  });
});
