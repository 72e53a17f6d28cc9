/**
 * What the wizard shows (issue 11): a step whose report is still owed is not
 * "done" anywhere, and the item says why; 提案 is a quiet † with one legend
 * per section, never a badge on the manual's own actions.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import type { ReportLogValue } from '@/checklist/types';
import { getIncident } from '@/db/incidents';
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

/** The card of one authority of 【2-13】's report log. */
const card = (id: string) => screen.getByRole('group', { name: t(`legal.authorities.${id}.name`) });

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('a required report not yet made', () => {
  it('keeps 【2-13】 open until the report is recorded (by keyboard), and saves it through the queue', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-13');
    const ppc = card('ppc');
    await user.click(within(ppc).getByRole('radio', { name: t('triState.yes') }));

    const item = frame('reportLogMhlw');
    expect(within(ppc).getByText(t('reportLog.owed'))).toBeVisible();
    expect(within(item).queryByText(t('item.status.done'))).toBeNull();
    expect(stepLink('2-13')).toHaveTextContent(t('progress.openShort', { count: 1 }));
    expect(stepLink('2-13')).not.toHaveTextContent('✓');

    // 「報告を記録」 by keyboard: the new report's type is focused, 速報 chosen; the arrows pick 確報.
    const name = `\u2068${t('legal.authorities.ppc.name')}\u2069`;
    within(ppc).getByRole('button', { name: t('reportLog.addReport', { name }) }).focus();
    await user.keyboard('{Enter}');
    const sokuho = await within(ppc).findByRole('radio', { name: t('reportLog.type.sokuho') });
    await waitFor(() => expect(sokuho).toHaveFocus());
    expect(sokuho).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(within(ppc).getByRole('radio', { name: t('reportLog.type.kakuho') })).toBeChecked();
    expect(within(ppc).getByRole('textbox', { name: t('reportLog.field.by') })).toHaveValue('山田 太郎');
    await user.click(within(ppc).getByRole('textbox', { name: t('reportLog.field.receiptNo') }));
    await user.keyboard('PPC-0042');

    await waitFor(() => expect(within(item).getByText(t('item.status.done'))).toBeVisible());
    expect(within(ppc).queryByText(t('reportLog.owed'))).toBeNull();
    await waitFor(() => expect(stepLink('2-13')).toHaveTextContent('✓'));
    await waitFor(() => expect(document.querySelector('.save-indicator')).toHaveTextContent(/保存済み/));
    const id = decodeURIComponent(location.hash.split('/')[2]!);
    await waitFor(async () => {
      const r = await getIncident(id);
      const value = r?.ok ? (r.incident.answers.reportLogMhlw?.value as ReportLogValue) : undefined;
      const stored = value?.authorities.find((a) => a.id === 'ppc');
      expect(stored).toMatchObject({ required: 'yes', reports: [{ type: 'kakuho', by: '山田 太郎', receiptNo: 'PPC-0042' }] });
    });
  });

  it('deletes a report with an undo', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-13');
    const mhlw = card('mhlw');
    const name = `\u2068${t('legal.authorities.mhlw.name')}\u2069`;
    await user.click(within(mhlw).getByRole('button', { name: t('reportLog.addReport', { name }) }));
    const title = t('reportLog.reportOf', { n: 1, name });
    await user.click(within(mhlw).getByRole('button', { name: t('reportLog.removeReport', { name: title }) }));
    expect(within(mhlw).queryByRole('group', { name: title })).toBeNull();
    const undo = await screen.findByRole('button', { name: t('table.undo') });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    expect(within(mhlw).getByRole('group', { name: title })).toBeVisible();
  });
});

describe('an authority the user adds', () => {
  it('is named as typed, and its required report keeps the step open like the listed ones', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await startIncident(user);
    await goToStep(user, '2-13');
    const log = screen.getByRole('group', { name: label('reportLogMhlw') });
    await user.click(within(log).getByRole('button', { name: t('reportLog.addAuthority') }));
    const name = within(log).getByRole('textbox', { name: t('reportLog.customName') });
    await waitFor(() => expect(name).toHaveFocus());
    await user.keyboard('徳島市保健所');
    const added = within(log).getByRole('group', { name: '徳島市保健所' });
    await user.click(within(added).getByRole('radio', { name: t('triState.yes') }));
    expect(within(added).getByText(t('reportLog.owed'))).toBeVisible();
    await waitFor(() => expect(stepLink('2-13')).toHaveTextContent(t('progress.openShort', { count: 1 })));
    const id = decodeURIComponent(location.hash.split('/')[2]!);
    await waitFor(async () => {
      const r = await getIncident(id);
      const value = r?.ok ? (r.incident.answers.reportLogMhlw?.value as ReportLogValue) : undefined;
      expect(value?.authorities.at(-1)).toMatchObject({ id: expect.stringMatching(/^custom:/), name: '徳島市保健所', required: 'yes', reports: [] });
    });
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
