// @vitest-environment node
/**
 * Where each input comes from (definition.ts `source`): what the manual asks
 * for is 'manual' even when the input recording it is ours (a tick for
 * 「LANケーブルを抜く」); only what the manual does not ask for is 'proposed'.
 */
import { checklist } from '@/checklist/definition';
import { allItems, findItem, optionList } from '@/checklist/lookup';
import type { Item } from '@/checklist/types';

const source = (id: string) => findItem(id)!.source;
const presets = (id: string) => {
  const item = findItem(id) as Extract<Item, { kind: 'table' }>;
  return Object.fromEntries((item.presets ?? []).map((p) => [p.id, p.source]));
};

describe('the source of every input', () => {
  it('is the manual’s for the actions the manual tells the user to take', () => {
    // 1-4 「LANケーブルを抜き…」「他の職員にも確認」「張り紙をしたり、発生事象の写真撮影等を行ってください」;
    // 2-6 ✓ バックアップデータを確認/オフライン化/通信を遮断/停止の判断を伝える; 2-7 【2-7】報告と周知;
    // 3-4 「正常に動作することを確認した後…報告し、承認をもらってください」; 4-6 「承認をもらい、再発防止策を実施してください」.
    for (const id of [
      'lanDisconnected', 'similarEventsChecked', 'doNotUseNotice', 'photosTaken',
      'backupChecked', 'backupOffline', 'networkBlocked', 'stopDecisionCommunicated',
      'managementReported', 'staffNotified', 'stoppedSystems',
      'operationChecked', 'reportedTo', 'recoveryApproval',
      'preventionApproval', 'preventionImplemented', 'staffCommunication',
    ]) expect(source(id), id).toBe('manual');
  });

  it('is the manual’s for its own ✓ questions (2-3, 2-4, 2-10) and its own tables', () => {
    for (const id of [
      'networkCableProblem', 'powerProblem', 'hardwareFault',
      'leakPossible', 'affectedLocations', 'careImpact', 'spreadRisk', 'ppcReportNeeded',
      'vendorRequests', 'reportLogMhlw', 'logSources', 'reportLogPolice',
    ]) expect(source(id), id).toBe('manual');
  });

  it('marks each preset row by its own source: the manual’s logs; the AD log is ours', () => {
    expect(presets('logSources')).toEqual({ vpn: 'manual', firewall: 'manual', pc: 'manual', security: 'manual', ad: 'proposed' });
  });

  it('gives hints their own source: the manual prints 「ランサムウェア攻撃と判断して下さい。」, the accountLocked hint is ours', () => {
    const cases = Object.fromEntries(optionList('incidentCases').options.map((o) => [o.id, o]));
    expect(cases.encrypted).toMatchObject({ source: 'manual', hint: 'manual' });
    expect(cases.accountLocked).toMatchObject({ source: 'manual', hint: 'proposed' });
    for (const list of checklist.optionLists) {
      for (const option of list.options) {
        if (option.source === 'proposed' && option.hint) expect(option.hint, option.id).toBe('proposed');
      }
    }
  });

  it('keeps as proposals what the manual does not ask for', () => {
    for (const id of [
      'detectedBy', 'affectedDevice', 'similarEventsResult', 'interviewee', 'interviewer', 'intrusionRouteBasis',
      'spreadPreventionNotes', 'managementReportedTo', 'supportDeskContacted', 'leakAssessmentBasis',
      'recoveryPerformedBy', 'restoredBackup', 'recoveryStartedAt', 'recoveryFinishedAt', 'preventionPlan',
      'publicAnnouncementAt', 'publicAnnouncementChannel',
      // 【2-10】 the 個人情報保護法 questions, 知った日時 and 本人への通知 (issue 12): ours, not the manual's.
      'legalEvent', 'legalRansomware', 'legalExfiltrationRuledOut', 'legalEncrypted', 'legalKeyLeaked', 'legalSensitive',
      'legalFinancial', 'legalFraud', 'legalIndividuals', 'legalContractor', 'legalPrincipalNotified', 'legalKnownAt',
      'noticeStatus', 'noticeMethod', 'noticeAt', 'noticeNote',
    ]) expect(source(id), id).toBe('proposed');
    expect(allItems().filter((i) => i.source === 'proposed')).toHaveLength(33);
  });
});
