/**
 * The incident checklist: the Tokushima Prefecture manual
 * (徳島県 保健福祉部 医療政策課「サイバーセキュリティ対策 インシデントチェックリストマニュアル」)
 * as data.
 *
 * This file holds structure and ids only: 4 phases, the 16 steps of the
 * manual (the system administrator's steps of the MHLW flowchart), each
 * step's guidance lines in the manual's order, its sections (the manual's
 * ーーー headers) and the inputs under them, plus the three option lists.
 * Every word shown to the user lives in src/i18n/locales/{ja,en}/checklist.json
 * under keys derived from these ids (see i18n-keys.ts); the Japanese text is
 * the manual's, character for character.
 *
 * `source: 'manual'` marks what the manual itself asks for: a checkbox list,
 * 「記載してください」, a hearing row, one of its ✓ check lines, an action it
 * tells the user to take (「LANケーブルを抜き…」 is 'manual' though the tick
 * and its time are our input for it), a report or approval it asks for, a
 * destination or log it names. `source: 'proposed'` marks what the manual
 * does not ask for (domain.md §1.3 [PROPOSAL]: who, when, extra details,
 * the elided options), shown with a quiet mark in the UI. Options' hints
 * and tables' preset rows carry their own source.
 *
 * `expects: 'yes'` (a tri-state item or table column) marks an answer the
 * manual expects to be はい to be finished: a report made, a log preserved.
 * いいえ / 不明 there keeps the item owed (progress.ts). Findings (「情報漏えい
 * している可能性はあるか」) are never marked: any answer finishes them.
 *
 * NEVER RENAME AN ID. Item, option, preset, column and section ids are stored
 * with every answer in IndexedDB and in exported files. To change the meaning
 * of an input, retire the old id (remove it, bump `version`) and add a new id.
 * Guidance ids only key text, but keep them stable too so translations follow.
 *
 * The data is checked `as const satisfies ChecklistDefinition`, and PhaseId,
 * StepCode and ItemId are derived from it (the end of this file): adding a
 * step or an item touches this file and the words in
 * src/i18n/locales/{ja,en}/checklist.json only (a phase: also phases.json).
 */
import { TRIGGER_OPTIONS, YES_NO_UNKNOWN } from './legal/questions';
import { NOTICE_METHODS, NOTICE_STATUSES } from './legal/notice';
import type { ChecklistDefinition, Guidance } from './types';

/** 2-3 and 2-4: the manual prints one 【調査内容】 block for both. */
const investigationGuidance: readonly Guidance[] = [
  { id: 'investigate', kind: 'instruction', shared: 'investigation' },
  { id: 'heading', kind: 'heading', shared: 'investigation' },
  { id: 'checkNetwork', kind: 'check', shared: 'investigation' },
  { id: 'checkPower', kind: 'check', shared: 'investigation' },
  { id: 'checkHardware', kind: 'check', shared: 'investigation' },
];

/** 2-13 and 2-18: one instruction and one 【報告先の例】 for both. */
const agenciesGuidance: readonly Guidance[] = [
  { id: 'report', kind: 'instruction', shared: 'agencies' },
  { id: 'heading', kind: 'heading', shared: 'agencies' },
  { id: 'destMhlw', kind: 'check', shared: 'agencies' },
  { id: 'destPpc', kind: 'check', shared: 'agencies' },
  { id: 'destPolice', kind: 'check', shared: 'agencies' },
  { id: 'destPrefecture', kind: 'check', shared: 'agencies' },
  { id: 'contactsNote', kind: 'note', shared: 'agencies' },
  { id: 'contactsFootnote', kind: 'footnote', shared: 'agencies' },
];

const definition = {
  version: 1,
  optionLists: [
    {
      // 発生事象ケース (domain.md §2.1). C1–C2 are printed in the manual; the rest are elided there.
      id: 'incidentCases',
      options: [
        { id: 'encrypted', source: 'manual', hint: 'manual' },
        // The manual prints this case but elides its hint: the hint is ours.
        { id: 'accountLocked', source: 'manual', hint: 'proposed' },
        { id: 'systemUnavailable', source: 'proposed', hint: 'proposed' },
        { id: 'suspiciousEmail', source: 'proposed', hint: 'proposed' },
        { id: 'malwareDetected', source: 'proposed' },
        { id: 'spoofedEmail', source: 'proposed' },
        { id: 'unknownFiles', source: 'proposed' },
        { id: 'suspiciousLogin', source: 'proposed' },
        { id: 'externalNotice', source: 'proposed' },
        { id: 'websiteDefaced', source: 'proposed' },
        { id: 'deviceLost', source: 'proposed', hint: 'proposed' },
        { id: 'misdelivery', source: 'proposed', hint: 'proposed' },
      ],
    },
    {
      // 発生ネットワーク (domain.md §2.2). Only 診療系ネットワーク is printed in the manual.
      id: 'networks',
      options: [
        { id: 'clinical', source: 'manual' },
        { id: 'information', source: 'proposed' },
        { id: 'departmental', source: 'proposed' },
        { id: 'externalConnection', source: 'proposed' },
        { id: 'wireless', source: 'proposed' },
        { id: 'cloud', source: 'proposed' },
        { id: 'standalone', source: 'proposed' },
        { id: 'unknown', source: 'proposed' },
      ],
    },
    {
      // 侵入経路 (domain.md §2.3). The manual prints only □その他 and □侵入経路不明;
      // その他 is built into every checkbox group by the UI, so it is not listed here.
      id: 'intrusionRoutes',
      options: [
        { id: 'vpn', source: 'proposed' },
        { id: 'remoteDesktop', source: 'proposed' },
        { id: 'remoteMaintenance', source: 'proposed' },
        { id: 'contractorConnection', source: 'proposed' },
        { id: 'email', source: 'proposed' },
        { id: 'webBrowsing', source: 'proposed' },
        { id: 'download', source: 'proposed' },
        { id: 'removableMedia', source: 'proposed' },
        { id: 'broughtInDevice', source: 'proposed' },
        { id: 'vulnerability', source: 'proposed' },
        { id: 'wirelessIntrusion', source: 'proposed' },
        { id: 'credentials', source: 'proposed' },
        { id: 'unknown', source: 'manual' },
      ],
    },
  ],
  phases: [
    // ---- 検知 ---------------------------------------------------------------
    {
      id: 'detection',
      actions: ['detect', 'isolate', 'contact'],
      steps: [
        {
          code: '1-1',
          guidance: [
            { id: 'identify', kind: 'instruction' },
            { id: 'exampleEhr', kind: 'example' },
            { id: 'network', kind: 'instruction' },
            { id: 'exampleNetworkCase', kind: 'example' },
            { id: 'exampleNetwork', kind: 'example' },
          ],
          sections: [
            {
              id: '1-1.cases',
              header: 'incidentCase',
              items: [
                { id: 'incidentCases', kind: 'checkboxGroup', list: 'incidentCases', source: 'manual' },
                { id: 'incidentDescription', kind: 'text', multiline: true, source: 'manual' },
                { id: 'detectedBy', kind: 'person', source: 'proposed' },
              ],
            },
            {
              id: '1-1.network',
              header: 'network',
              items: [
                { id: 'networks', kind: 'checkboxGroup', list: 'networks', source: 'manual' },
                { id: 'affectedDevice', kind: 'text', source: 'proposed' },
              ],
            },
          ],
        },
        {
          code: '1-4',
          guidance: [
            { id: 'isolate', kind: 'instruction' },
            { id: 'isolateNote', kind: 'note' },
            { id: 'isolateFigure', kind: 'figure' },
            { id: 'similar', kind: 'instruction' },
            { id: 'similarNote', kind: 'note' },
            { id: 'evidence', kind: 'instruction' },
            { id: 'evidenceNote', kind: 'note' },
            { id: 'evidenceFigure', kind: 'figure' },
            { id: 'hearing', kind: 'instruction' },
            { id: 'hearingHeading', kind: 'heading' },
          ],
          sections: [
            {
              id: '1-4.isolation',
              header: 'emergency',
              items: [{ id: 'lanDisconnected', kind: 'action', source: 'manual' }],
            },
            {
              id: '1-4.measures',
              header: 'emergencyCircumstances',
              items: [
                { id: 'similarEventsChecked', kind: 'action', source: 'manual' },
                { id: 'similarEventsResult', kind: 'text', multiline: true, source: 'proposed' },
                { id: 'doNotUseNotice', kind: 'action', source: 'manual' },
                { id: 'photosTaken', kind: 'action', source: 'manual' },
              ],
            },
            {
              id: '1-4.hearing',
              header: 'circumstances',
              layout: 'hearing',
              items: [
                { id: 'hearingWhen', kind: 'text', vague: 'specificDateTime', notes: ['example', 'ng', 'point'], source: 'manual' },
                { id: 'hearingWhere', kind: 'text', notes: ['example', 'point'], source: 'manual' },
                { id: 'hearingWhat', kind: 'text', multiline: true, vague: 'detail', notes: ['example', 'ng', 'point'], source: 'manual' },
                { id: 'interviewee', kind: 'person', source: 'proposed', optional: true },
                { id: 'interviewer', kind: 'person', source: 'proposed', optional: true },
              ],
            },
          ],
        },
      ],
    },
    // ---- 初動対応 -------------------------------------------------------------
    {
      id: 'initialResponse',
      actions: ['scope', 'requestContractors', 'investigateSystems', 'reportAgencies'],
      steps: [
        {
          code: '2-1',
          guidance: [{ id: 'route', kind: 'instruction' }],
          sections: [
            {
              id: '2-1.route',
              header: 'intrusionRoute',
              items: [
                { id: 'intrusionRoutes', kind: 'checkboxGroup', list: 'intrusionRoutes', source: 'manual' },
                { id: 'intrusionRouteBasis', kind: 'text', multiline: true, source: 'proposed', optional: true },
              ],
            },
          ],
        },
        {
          code: '2-2',
          guidance: [
            { id: 'request', kind: 'instruction' },
            { id: 'contactListNote', kind: 'note' },
          ],
          sections: [
            {
              id: '2-2.request',
              header: 'causeRequest',
              items: [
                {
                  id: 'vendorRequests',
                  kind: 'table',
                  source: 'manual',
                  columns: [
                    { id: 'vendor', kind: 'text' },
                    { id: 'contact', kind: 'person' },
                    { id: 'requestedAt', kind: 'datetime' },
                    { id: 'method', kind: 'text' },
                    { id: 'request', kind: 'text' },
                    { id: 'status', kind: 'text' },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: '2-3',
          guidance: [
            ...investigationGuidance,
            { id: 'example', kind: 'example' },
            { id: 'exampleCause', kind: 'example' },
          ],
          sections: [
            {
              id: '2-3.status',
              header: 'responseStatus',
              items: [
                { id: 'networkInvestigation', kind: 'text', multiline: true, source: 'manual' },
                { id: 'networkCableProblem', kind: 'triState', source: 'manual' },
              ],
            },
          ],
        },
        {
          code: '2-4',
          guidance: investigationGuidance,
          sections: [
            {
              id: '2-4.status',
              header: 'responseStatus',
              items: [
                { id: 'powerHardwareInvestigation', kind: 'text', multiline: true, source: 'manual' },
                { id: 'powerProblem', kind: 'triState', source: 'manual' },
                { id: 'hardwareFault', kind: 'triState', source: 'manual' },
              ],
            },
          ],
        },
        {
          code: '2-6',
          guidance: [
            { id: 'prevent', kind: 'instruction' },
            { id: 'heading', kind: 'heading' },
            { id: 'checkBackup', kind: 'check' },
            { id: 'checkOffline', kind: 'check' },
            { id: 'checkBlock', kind: 'check' },
            { id: 'checkStop', kind: 'check' },
            { id: 'ransomwareCallout', kind: 'callout' },
          ],
          sections: [
            {
              id: '2-6.spread',
              header: 'preventSpread',
              items: [
                { id: 'backupChecked', kind: 'action', source: 'manual' },
                { id: 'backupOffline', kind: 'action', source: 'manual' },
                { id: 'networkBlocked', kind: 'action', source: 'manual' },
                { id: 'stopDecisionCommunicated', kind: 'action', source: 'manual' },
                { id: 'spreadPreventionNotes', kind: 'text', multiline: true, source: 'proposed', optional: true },
              ],
            },
          ],
        },
        {
          code: '2-7',
          guidance: [
            { id: 'notify', kind: 'instruction' },
            { id: 'stopUseNote', kind: 'note' },
            { id: 'supportDeskNote', kind: 'note' },
            { id: 'supportDeskFootnote', kind: 'footnote' },
          ],
          sections: [
            {
              id: '2-7.report',
              header: 'preventSpread',
              items: [
                { id: 'managementReported', kind: 'action', source: 'manual' },
                { id: 'managementReportedTo', kind: 'person', source: 'proposed' },
                { id: 'staffNotified', kind: 'action', source: 'manual' },
                { id: 'stoppedSystems', kind: 'text', multiline: true, source: 'manual' },
                { id: 'supportDeskContacted', kind: 'action', source: 'proposed', optional: true },
              ],
            },
          ],
        },
        {
          code: '2-10',
          references: ['flowchart', 'ppcDuty', 'breach'],
          guidance: [
            { id: 'investigate', kind: 'instruction' },
            { id: 'heading', kind: 'heading' },
            { id: 'checkLeak', kind: 'check' },
            { id: 'checkLocation', kind: 'check' },
            { id: 'checkCare', kind: 'check' },
            { id: 'vendorNote', kind: 'note' },
            { id: 'leakCheck', kind: 'instruction' },
          ],
          sections: [
            {
              id: '2-10.damage',
              header: 'leakDamage',
              items: [
                { id: 'leakPossible', kind: 'triState', source: 'manual' },
                { id: 'leakAssessmentBasis', kind: 'text', multiline: true, source: 'proposed', optional: true },
                { id: 'affectedLocations', kind: 'text', multiline: true, source: 'manual' },
                { id: 'careImpact', kind: 'text', multiline: true, source: 'manual' },
                { id: 'spreadRisk', kind: 'triState', source: 'manual' },
                { id: 'ppcReportNeeded', kind: 'triState', source: 'manual' },
              ],
            },
            {
              // Our questions for 「自治体や個人情報保護委員会への連絡は必要か」 (issue 12;
              // options as src/checklist/legal/questions.ts; read by legal-items.ts). Optional:
              // the helper advises, nothing waits for it.
              id: '2-10.legal',
              header: 'legalDecision',
              items: [
                { id: 'legalEvent', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalRansomware', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalExfiltrationRuledOut', kind: 'choice', options: YES_NO_UNKNOWN, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalEncrypted', kind: 'choice', options: YES_NO_UNKNOWN, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalKeyLeaked', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalSensitive', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalFinancial', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalFraud', kind: 'choice', options: TRIGGER_OPTIONS, source: 'proposed', optional: true, notes: ['point'] },
                // A number typed as text (1,000 / 1000人 / 不明): legal-items.ts reads it; anything else counts as not known.
                { id: 'legalIndividuals', kind: 'text', source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalContractor', kind: 'choice', options: YES_NO_UNKNOWN, source: 'proposed', optional: true, notes: ['point'] },
                { id: 'legalPrincipalNotified', kind: 'choice', options: YES_NO_UNKNOWN, source: 'proposed', optional: true, notes: ['point'] },
                // 知った日時: empty means the incident's detected-at time.
                { id: 'legalKnownAt', kind: 'datetime', source: 'proposed', optional: true, notes: ['point'] },
              ],
            },
            {
              id: '2-10.notice',
              header: 'legalNotice',
              items: [
                { id: 'noticeStatus', kind: 'choice', options: NOTICE_STATUSES, source: 'proposed', optional: true },
                { id: 'noticeMethod', kind: 'choice', options: NOTICE_METHODS, source: 'proposed', optional: true },
                { id: 'noticeAt', kind: 'datetime', source: 'proposed', optional: true },
                { id: 'noticeNote', kind: 'text', multiline: true, source: 'proposed', optional: true, notes: ['point'] },
              ],
            },
          ],
        },
        {
          code: '2-13',
          references: ['ppcDuty', 'agencies'],
          guidance: agenciesGuidance,
          sections: [
            {
              id: '2-13.agencies',
              header: 'agencies',
              items: [
                // Replaces the table `reportsMhlw` (retired: never reuse the id; db.ts v5 converts it).
                // The manual's 【報告先の例】 (MHLW, PPC, the prefecture) and MHLW's initial-response desk (SAJ, domain.md §5.3).
                { id: 'reportLogMhlw', kind: 'reportLog', source: 'manual', authorities: ['mhlw', 'ppc', 'prefecture', 'initialResponseDesk'] },
              ],
            },
          ],
        },
        {
          code: '2-14',
          guidance: [
            { id: 'preserve', kind: 'instruction' },
            { id: 'vendorNote', kind: 'note' },
            { id: 'logsNote', kind: 'note' },
            { id: 'heading', kind: 'heading' },
            { id: 'logVpn', kind: 'check' },
            { id: 'logFirewall', kind: 'check' },
            { id: 'logPc', kind: 'check' },
            { id: 'logSecurity', kind: 'check' },
          ],
          sections: [
            {
              id: '2-14.logs',
              header: 'evidence',
              items: [
                {
                  id: 'logSources',
                  kind: 'table',
                  source: 'manual',
                  columns: [
                    { id: 'source', kind: 'text' },
                    { id: 'exists', kind: 'triState' },
                    // 「ログが残っているか確認し保全してください」: owed unless no log is left.
                    { id: 'preserved', kind: 'triState', expects: 'yes', unlessNo: 'exists' },
                    { id: 'by', kind: 'person' },
                    { id: 'at', kind: 'datetime' },
                    { id: 'storedWhere', kind: 'text' },
                  ],
                  presets: [
                    { id: 'vpn', source: 'manual' },
                    { id: 'firewall', source: 'manual' },
                    { id: 'pc', source: 'manual' },
                    { id: 'security', source: 'manual' },
                    { id: 'ad', source: 'proposed' },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: '2-18',
          references: ['agencies', 'ppcDuty'],
          guidance: agenciesGuidance,
          sections: [
            {
              id: '2-18.agencies',
              header: 'agencies',
              items: [
                // Replaces the table `reportsPolice` (retired: never reuse the id; db.ts v5 converts it).
                // The police, and the three IPA 届出制度 (domain.md §5.2).
                {
                  id: 'reportLogPolice',
                  kind: 'reportLog',
                  source: 'manual',
                  authorities: ['police', 'ipaUnauthorisedAccess', 'ipaVirus', 'ipaVulnerability'],
                },
              ],
            },
          ],
        },
      ],
    },
    // ---- 復旧処理 -------------------------------------------------------------
    {
      id: 'recovery',
      actions: ['recoveryInstruction', 'restore'],
      steps: [
        {
          code: '3-3',
          guidance: [
            { id: 'describe', kind: 'instruction' },
            { id: 'heading', kind: 'heading' },
            { id: 'example1', kind: 'check' },
            { id: 'example2', kind: 'check' },
          ],
          sections: [
            {
              id: '3-3.recovery',
              header: 'recovery',
              items: [
                { id: 'recoveryActions', kind: 'text', multiline: true, source: 'manual' },
                { id: 'recoveryPerformedBy', kind: 'person', source: 'proposed' },
                { id: 'restoredBackup', kind: 'text', source: 'proposed' },
                { id: 'recoveryStartedAt', kind: 'datetime', source: 'proposed', optional: true },
                { id: 'recoveryFinishedAt', kind: 'datetime', source: 'proposed', optional: true },
              ],
            },
          ],
        },
        {
          code: '3-4',
          guidance: [{ id: 'confirm', kind: 'instruction' }],
          sections: [
            {
              id: '3-4.result',
              header: 'recovery',
              items: [
                { id: 'operationChecked', kind: 'action', source: 'manual' },
                { id: 'reportedTo', kind: 'person', source: 'manual' },
                { id: 'recoveryApproval', kind: 'approval', source: 'manual' },
              ],
            },
          ],
        },
      ],
    },
    // ---- 事後対応・再発防止策 ---------------------------------------------------
    {
      id: 'followUp',
      actions: ['prevention', 'publicAnnouncement'],
      steps: [
        {
          code: '4-5',
          guidance: [
            { id: 'consider', kind: 'instruction' },
            { id: 'heading', kind: 'heading' },
            { id: 'example', kind: 'check' },
          ],
          sections: [
            {
              id: '4-5.measures',
              header: 'followUp',
              items: [
                { id: 'preventionMeasures', kind: 'text', multiline: true, source: 'manual' },
                {
                  id: 'preventionPlan',
                  kind: 'table',
                  source: 'proposed',
                  optional: true,
                  columns: [
                    { id: 'measure', kind: 'text' },
                    { id: 'owner', kind: 'person' },
                    { id: 'due', kind: 'date' },
                    { id: 'status', kind: 'text' },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: '4-6',
          guidance: [{ id: 'approve', kind: 'instruction' }],
          sections: [
            {
              id: '4-6.approval',
              header: 'followUp',
              items: [
                { id: 'preventionApproval', kind: 'approval', source: 'manual' },
                { id: 'preventionImplemented', kind: 'action', source: 'manual' },
                { id: 'staffCommunication', kind: 'text', multiline: true, source: 'manual' },
              ],
            },
            {
              // ✓外部への公表 is a key action of the phase but has no numbered step.
              id: '4-6.publication',
              header: 'followUp',
              items: [
                { id: 'publicAnnouncementAt', kind: 'datetime', source: 'proposed', optional: true },
                { id: 'publicAnnouncementChannel', kind: 'text', source: 'proposed', optional: true },
              ],
            },
          ],
        },
      ],
    },
  ],
} as const satisfies ChecklistDefinition;

/** The phase ids, as the data has them. */
export type PhaseId = (typeof definition)['phases'][number]['id'];
/** The step codes (the manual's 1-1 …), as the data has them. */
export type StepCode = (typeof definition)['phases'][number]['steps'][number]['code'];
/** Every item id of the checklist. */
export type ItemId = (typeof definition)['phases'][number]['steps'][number]['sections'][number]['items'][number]['id'];

/** The checklist for its readers: its own ids, without the literal types of every line above. */
export const checklist: ChecklistDefinition<PhaseId, StepCode> = definition;
