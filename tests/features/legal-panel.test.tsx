/**
 * 【2-10】's 個人情報保護法 helper (issue 12): the result panel says what the
 * answers lead to with its reasons, proposes 「自治体や個人情報保護委員会への連絡は必要か」
 * beside the user's answer and never writes it; the header counts the
 * deadlines down from 知った日時, which defaults to the detected-at time.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keys } from '@/checklist/i18n-keys';
import type { Answer } from '@/checklist/types';
import { DeadlineBadge } from '@/components/deadline-badge';
import { getIncident } from '@/db/incidents';
import type { IncidentRow } from '@/db/types';
import { IncidentCard } from '@/features/incidents/incident-card';
import { LegalPanel } from '@/features/wizard/legal-panel';
import { goToStep, renderApp, resetDb, t } from '../render-app';

const label = (itemId: string) => t(keys.itemLabel(itemId));
const frame = (itemId: string) => document.getElementById(`item-${itemId}`)!;
const answer = (value: string): Answer => ({ value, updatedAt: '2026-01-10T01:00:00.000Z', updatedBy: '山田' });

/** Detected 2026-01-10 09:00 JST: day 1 is Jan 10, the 速報 target ends Jan 14, 30 days Feb 8, 60 days Mar 10. */
const DETECTED = '2026-01-10T00:00:00.000Z';
function incident(answers: Record<string, Answer> = {}): IncidentRow {
  return {
    id: 'i1',
    title: 'ランサムウェア',
    detectedAt: DETECTED,
    recorder: '山田',
    status: 'active',
    createdAt: DETECTED,
    updatedAt: DETECTED,
    answers,
  } as IncidentRow;
}
const ransomware = { legalRansomware: answer('yes'), legalEvent: answer('possibly'), legalSensitive: answer('yes'), legalContractor: answer('no') };

afterEach(() => cleanup());

describe('the result panel', () => {
  it('says 報告が必要です for ransomware with a possible leak, with the chain of reasons and their sources', () => {
    render(<LegalPanel incident={incident(ransomware)} now={new Date('2026-01-12T03:00:00Z')} />);
    const panel = screen.getByRole('region', { name: t('legal.panel.heading') });
    expect(within(panel).getByRole('status')).toHaveTextContent(t('legal.verdict.required'));
    expect(panel).toHaveTextContent(t('legal.reasons.eventPossible'));
    expect(panel).toHaveTextContent(t('legal.reasons.criteriaMet'));
    expect(panel).toHaveTextContent(t('legal.reasons.trigger.sensitive.met'));
    expect(panel).toHaveTextContent('施行規則 第7条第1号');
    // Ransomware is 不正の目的: the 確報 limit is 60 days, 30 the recommended target.
    expect(panel).toHaveTextContent('2026年3月10日');
    expect(panel).toHaveTextContent(t('legal.notice.timing'));
  });

  it('for ransomware without a finding, waits for the log analysis instead of concluding 報告は不要', () => {
    render(<LegalPanel incident={incident({ legalRansomware: answer('yes'), legalEvent: answer('no') })} />);
    const panel = screen.getByRole('region', { name: t('legal.panel.heading') });
    expect(within(panel).getByRole('status')).toHaveTextContent(t('legal.verdict.undecided'));
    expect(panel).toHaveTextContent(t('legal.reasons.ransomwareAwaitsLogs'));
    expect(within(panel).getByText(label('legalExfiltrationRuledOut'))).toBeVisible();
  });

  it('says where the proposal and the user’s answer differ', () => {
    render(<LegalPanel incident={incident({ ...ransomware, ppcReportNeeded: answer('no') })} />);
    expect(screen.getByText(t('legal.proposal.differs', { proposal: t('triState.yes'), user: t('triState.no') }))).toBeVisible();
  });
});

describe('the countdown in the header', () => {
  it('counts 速報 and 確報 from the detected-at time while 知った日時 is empty', () => {
    const { rerender } = render(<DeadlineBadge incident={incident(ransomware)} now={new Date('2026-01-12T03:00:00Z')} />);
    const bar = screen.getByLabelText(t('deadline.label'));
    expect(bar).toHaveTextContent('速報まであと2日');
    expect(bar).toHaveTextContent('確報期限 3月10日（あと57日）');
    // Overdue: red (its own class), and still counting.
    rerender(<DeadlineBadge incident={incident(ransomware)} now={new Date('2026-01-16T03:00:00Z')} />);
    expect(screen.getByText('速報の目安を2日過ぎています')).toHaveClass('deadline-overdue');
  });

  it('counts from 知った日時 once it is entered, and stops the 速報 once a 速報 to the PPC is in the 【2-13】 report log', () => {
    const answers = {
      ...ransomware,
      legalKnownAt: answer('2026-01-11T00:00:00.000Z'),
      reportLogMhlw: {
        value: {
          authorities: [
            { id: 'ppc', required: 'yes', reports: [{ id: 'r1', type: 'sokuho', at: '2026-01-13T00:00:00.000Z', by: '山田', method: 'web', counterpart: '', receiptNo: 'A-1', sent: '' }] },
          ],
        },
        updatedAt: DETECTED,
        updatedBy: '山田',
      } as Answer,
    };
    render(<DeadlineBadge incident={incident(answers)} now={new Date('2026-01-12T03:00:00Z')} />);
    const bar = screen.getByLabelText(t('deadline.label'));
    expect(bar).toHaveTextContent('速報 報告済み');
    expect(bar).toHaveTextContent('確報期限 3月11日（あと58日）');
  });

  it('stops the 確報 countdown too once a 確報 is in the report log; a 相談 stops neither', () => {
    const log = (type: string) => ({
      value: { authorities: [{ id: 'ppc', required: 'yes', reports: [{ id: 'r', type, at: '2026-01-14T00:00:00.000Z', by: '山田', method: 'web', counterpart: '', receiptNo: '', sent: '' }] }] },
      updatedAt: DETECTED,
      updatedBy: '山田',
    }) as Answer;
    const { rerender } = render(<DeadlineBadge incident={incident({ ...ransomware, reportLogMhlw: log('consultation') })} now={new Date('2026-01-15T03:00:00Z')} />);
    expect(screen.getByLabelText(t('deadline.label'))).not.toHaveTextContent('報告済み');
    rerender(<DeadlineBadge incident={incident({ ...ransomware, reportLogMhlw: log('kakuho') })} now={new Date('2026-01-15T03:00:00Z')} />);
    expect(screen.getByLabelText(t('deadline.label'))).toHaveTextContent('確報 報告済み');
  });

  it('shows nothing for an incident nobody has judged, or one whose report is not required', () => {
    const { rerender, container } = render(<DeadlineBadge incident={incident()} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<DeadlineBadge incident={incident({ legalEvent: answer('no'), legalRansomware: answer('no') })} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the list card', () => {
  it('shows the countdown once its code has loaded', async () => {
    render(<IncidentCard incident={incident(ransomware)} />);
    expect(await screen.findByLabelText(t('deadline.label'))).toHaveTextContent(/確報期限 3月10日/);
  });
});

describe('in the wizard', () => {
  beforeEach(async () => {
    await resetDb();
  });

  it('answers, proposes, and never writes 「自治体や個人情報保護委員会への連絡は必要か」', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    await user.type(screen.getByRole('textbox', { name: t('incident.title') }), 'ランサムウェア感染');
    await user.type(screen.getByRole('textbox', { name: t('recorder.label') }), '山田 太郎');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ }, { timeout: 10_000 });
    await goToStep(user, '2-10');
    const pick = async (itemId: string, option: string) =>
      user.click(within(frame(itemId)).getByRole('radio', { name: t(keys.itemOption(itemId, option)) }));
    // 知った日時 left empty: its hint says the detected-at time is used.
    expect(within(frame('legalKnownAt')).getByText(t('checklist.items.legalKnownAt.point'))).toBeVisible();
    await pick('legalRansomware', 'yes');
    await pick('legalEvent', 'possibly');
    await pick('legalSensitive', 'yes');
    await pick('legalContractor', 'no');
    const panel = await screen.findByRole('region', { name: t('legal.panel.heading') });
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(t('legal.verdict.required')), { timeout: 5000 });
    expect(panel).toHaveTextContent(t('legal.deadlines.knownAtDefault', { date: '' }).split('：')[0]!);
    expect(panel).toHaveTextContent(t('legal.proposal.unanswered', { proposal: t('triState.yes') }));
    // The header counts down on this step (and every other).
    expect(screen.getByLabelText(t('deadline.label'))).toHaveTextContent(/速報まであと\d日/);

    // The user answers いいえ: the helper says it differs, and leaves the answer as it is.
    await user.click(within(frame('ppcReportNeeded')).getByRole('radio', { name: t('triState.no') }));
    await waitFor(() => expect(panel).toHaveTextContent(t('legal.proposal.differs', { proposal: t('triState.yes'), user: t('triState.no') })));
    const id = window.location.hash.split('/')[2]!;
    const stored = await getIncident(id);
    expect(stored?.ok && stored.incident.answers.ppcReportNeeded?.value).toBe('no');
    expect(within(frame('ppcReportNeeded')).getByRole('radio', { name: t('triState.no') })).toBeChecked();
  });
});
