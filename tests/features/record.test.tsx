import { cleanup, screen, within } from '@testing-library/react';
import { allItems } from '@/checklist/lookup';
import { db } from '@/db/db';
import { createIncident, getIncident } from '@/db/incidents';
import { saveAnswers, setNotApplicable } from '@/db/save';
import { queueFor } from '@/saving/save-queue';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

async function recordedIncident() {
  const row = await createIncident({ title: '記録表示の試験', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '田中' });
  await saveAnswers(
    row.id,
    [
      { itemId: 'incidentDescription', value: '端末に脅迫文が出た' },
      { itemId: 'hearingWhat', value: '添付ファイルを開いてマクロを有効化した' },
      { itemId: 'recoveryActions', value: '再インストール後にバックアップをリストアした' },
      { itemId: 'preventionMeasures', value: 'VPN機器の脆弱性対応を保守契約に含める' },
      { itemId: 'leakPossible', value: 'unknown' },
      { itemId: 'lanDisconnected', value: { done: true, occurredAt: '2026-11-26T01:05:00.000Z', by: '鈴木' } },
      { itemId: 'incidentCases', value: { selected: ['encrypted'], other: '' } },
    ],
    '田中',
  );
  await setNotApplicable(row.id, 'networks', 'スタンドアロン端末', '田中');
  return row.id;
}

describe('the record', () => {
  it('shows every answered item exactly once and every other item as open', { timeout: 20_000 }, async () => {
    const id = await recordedIncident();
    await renderApp(`#/incidents/${id}/record`);
    await screen.findByRole('heading', { level: 1, name: '記録表示の試験' });
    const answered: Record<string, string> = {
      incidentDescription: '端末に脅迫文が出た',
      hearingWhat: '添付ファイルを開いてマクロを有効化した',
      recoveryActions: '再インストール後にバックアップをリストアした',
      preventionMeasures: 'VPN機器の脆弱性対応を保守契約に含める',
    };
    const phases = document.querySelectorAll('.record-phase');
    expect(phases).toHaveLength(4);
    for (const item of allItems()) {
      const rows = document.querySelectorAll(`.record-phase [data-item="${item.id}"]`);
      expect(rows, item.id).toHaveLength(1);
      const row = rows[0] as HTMLElement;
      if (answered[item.id]) {
        expect(within(row).getByText(answered[item.id]!)).toBeVisible();
        const all = [...document.querySelectorAll('.record-phase')].map((p) => p.textContent ?? '').join('');
        expect(all.split(answered[item.id]!).length - 1, item.id).toBe(1);
      } else if (item.id === 'networks') {
        expect(row).toHaveTextContent('スタンドアロン端末');
        expect(row).toHaveTextContent(t('na.label'));
      } else if (['leakPossible', 'lanDisconnected', 'incidentCases'].includes(item.id)) {
        expect(within(row).queryByText(t('record.open'))).toBeNull();
      } else {
        expect(within(row).getByText(t('record.open'))).toBeVisible();
      }
    }
    const lan = document.querySelector('.record-phase [data-item="lanDisconnected"]') as HTMLElement;
    expect(lan).toHaveTextContent('鈴木');
    expect(lan).toHaveTextContent('2026/11/26 10:05');
    expect(screen.getByText('ランサムウェア攻撃と判断して下さい。', { exact: false })).toBeVisible();
  });

  it('lists the activity log with recorded-at, occurred-at and recorder', async () => {
    const id = await recordedIncident();
    await renderApp(`#/incidents/${id}/record`);
    const log = await screen.findByRole('region', { name: t('record.activity') });
    const rows = within(log).getAllByRole('row');
    // header + created + 7 answers + 対象外
    expect(rows).toHaveLength(10);
    const lanRow = rows.find((r) => r.textContent?.includes(t('checklist.items.lanDisconnected.label')))!;
    expect(lanRow).toHaveTextContent('2026/11/26 10:05');
    expect(lanRow).toHaveTextContent('田中');
  });

  it('prints through the browser only once a pending answer is written', async () => {
    const id = await recordedIncident();
    await renderApp(`#/incidents/${id}/record`);
    // An answer typed a moment ago whose write is still under way (held until released).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    let holding = true;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (!holding) return original(...args);
      holding = false;
      return held.then(() => original(...args));
    }) as never);
    const queue = queueFor(id);
    queue.recorder = '田中';
    void queue.put({ kind: 'answer', itemId: 'detectedBy', value: '印刷の直前に入力' });
    let storedAtPrint: unknown = 'not printed';
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      void getIncident(id).then((r) => (storedAtPrint = r?.ok ? r.incident.answers.detectedBy?.value : undefined));
    });
    (await screen.findByRole('button', { name: t('record.print') })).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(print).not.toHaveBeenCalled(); // still waiting for the write
    release();
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(storedAtPrint).toBe('印刷の直前に入力'));
    vi.restoreAllMocks();
  });

  it('names an incident it cannot read as damaged, as the wizard does, not as missing', async () => {
    const row = await createIncident({ title: '壊れる記録', detectedAt: '2026-11-26T01:00:00.000Z', recorder: '田中' });
    await db.incidents.put({ ...row, status: 42 } as never);
    await renderApp(`#/incidents/${row.id}/record`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.replace(/[\u2066-\u2069]/gu, '')).toContain(t('list.corrupt', { id: row.id }));
    expect(alert).toHaveTextContent('status');
    expect(alert).not.toHaveTextContent(t('wizard.notFound'));
    expect(within(alert).getByRole('link', { name: t('nav.backToList') })).toBeVisible();
  });

  it('still says an incident that is not there is not found', async () => {
    await renderApp('#/incidents/no-such-incident/record');
    expect(await screen.findByRole('alert')).toHaveTextContent(t('wizard.notFound'));
  });

  it('prints a blank checklist with every step and every option to tick', async () => {
    await renderApp('#/blank');
    await screen.findByText(t('record.blankKind'));
    const steps = document.querySelectorAll('.record-step');
    expect(steps).toHaveLength(16);
    expect(screen.getByText(t('checklist.optionLists.incidentCases.encrypted.label'), { exact: false })).toBeVisible();
    expect(screen.queryByText(t('record.open'))).toBeNull();
  });
});
