/**
 * Generates incidents of realistic size for the scale benchmark: every item of
 * every phase answered (from the checklist definition, never from a list of
 * items), Japanese free text of the length people type in a real incident,
 * and a 20-entry activity log each. Deterministic: incident i is the same in
 * every run, so figures compare across runs.
 *
 * One incident carries NEEDLE.word in one answer; no other text contains it.
 */
import { checklist } from '@/checklist/definition';
import { allItems, optionList } from '@/checklist/lookup';
import type { Answer, AnswerValue, Item, TableRow } from '@/checklist/types';
import type { TransferData } from '@/db/transfer';
import type { ActivityEntry, IncidentRow } from '@/db/types';

export const NEEDLE = { word: 'SRV-PACS-07', index: 7_321 } as const;

const PHRASES = [
  '電子カルテサーバの画面に脅迫文が表示された',
  '該当端末をLANケーブルから切り離し、電源は入れたままにした',
  'ファイル名の拡張子が変わっているのを医事課職員が発見した',
  'VPN装置のログを保全し、ベンダに解析を依頼した',
  'バックアップサーバは別セグメントにあり影響は見られない',
  '院内放送で電子カルテの使用停止を周知し、紙運用に切り替えた',
  '不審なメールの添付ファイルを開いたとの申告が外来受付からあった',
  '部門システムとの連携を停止し、検査結果は紙で受け渡すことにした',
];
const NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村'];
const ITEMS = allItems();
const DAY = 86_400_000;
const BASE = Date.parse('2026-11-20T00:00:00.000Z');

/** Incidents start..start+count-1 with their logs, as an import file would carry them. */
export function generateIncidents(start: number, count: number): TransferData {
  const incidents: IncidentRow[] = [];
  const activity: ActivityEntry[] = [];
  for (let i = start; i < start + count; i++) {
    const { row, log } = generateIncident(i);
    incidents.push(row);
    activity.push(...log);
  }
  return { incidents, activity };
}

function generateIncident(i: number): { row: IncidentRow; log: ActivityEntry[] } {
  // Spread over about 27 years, one every ~23 hours, newest first by index.
  const detected = BASE - i * 0.97 * DAY;
  const at = (minutes: number) => new Date(detected + minutes * 60_000).toISOString();
  const id = `bench-${String(i).padStart(5, '0')}`;
  const pick = <T,>(list: readonly T[], k: number) => list[(i * 7 + k) % list.length]!;
  const text = (k: number) => `${pick(PHRASES, k)}（第${i}号・${(k % 9) + 1}件目）`;

  const answers: Record<string, Answer> = {};
  ITEMS.forEach((item, k) => {
    answers[item.id] = { value: valueFor(item, k), updatedAt: at(30 + k), updatedBy: pick(NAMES, k) };
  });
  if (i === NEEDLE.index) {
    const item = ITEMS.find((it) => it.kind === 'text' && it.multiline)!;
    answers[item.id] = { ...answers[item.id]!, value: `${String(answers[item.id]!.value)}\n対象機器：${NEEDLE.word}` };
  }

  const title = `ベンチ用インシデント ${i}：${pick(['電子カルテ停止', '不審メール', '部門システム障害', 'VPN不正アクセスの疑い'], 0)}`;
  const row: IncidentRow = {
    id,
    checklistVersion: checklist.version,
    title,
    detectedAt: at(0),
    recorder: pick(NAMES, 0),
    status: i % 5 === 0 ? 'active' : 'completed',
    createdAt: at(5),
    updatedAt: at(600),
    ...(i % 5 === 0 ? {} : { completedAt: at(600) }),
    answers,
  };
  const answered = Object.entries(answers);
  const log: ActivityEntry[] = [
    { incidentId: id, kind: 'created', value: { title, detectedAt: row.detectedAt }, recordedAt: at(5), recorder: row.recorder },
  ];
  for (let k = 0; log.length < 20; k++) {
    const [itemId, answer] = answered[(k * 11) % answered.length]!;
    log.push({ incidentId: id, kind: 'answer', itemId, value: answer.value, recordedAt: at(30 + k), recorder: answer.updatedBy });
  }
  return { row, log };

  function valueFor(item: Item, k: number): AnswerValue {
    switch (item.kind) {
      case 'text':
        return item.multiline ? `${text(k)}。\n${text(k + 1)}。\n${text(k + 2)}。` : text(k);
      case 'person':
        return `${pick(NAMES, k)}（${pick(['情報システム担当', '医事課', '看護部', '事務長'], k)}）`;
      case 'datetime':
        return at(k);
      case 'triState':
        return (['yes', 'no', 'unknown'] as const)[k % 3]!;
      case 'choice':
        return item.options[k % item.options.length]!;
      case 'action':
        return { done: true, occurredAt: at(k + 1), by: pick(NAMES, k) };
      case 'checkboxGroup': {
        const options = optionList(item.list).options;
        return { selected: [...options.slice(0, 2).map((o) => o.id), 'other'], other: text(k) };
      }
      case 'table': {
        const rows: TableRow[] = [...(item.presets ?? []).map((p) => ({ preset: p.id, cells: {} })), { cells: {} }];
        return rows.map((r, n) => ({
          ...r,
          cells: Object.fromEntries(item.columns.map((column, c) => [column.id, cell(column.kind, r.preset !== undefined && c === 0, k + n + c)])),
        }));
      }
      case 'approval':
        return { approver: `${pick(NAMES, k)}院長`, at: at(k + 5), comment: text(k) };
      case 'reportLog':
        return {
          authorities: item.authorities.map((id, a) => ({
            id,
            required: 'yes' as const,
            // What a hospital writes: a name, a number, a line of what was sent.
            reports: [{ id: `00000000-0000-4000-8000-${String(k * 10 + a).padStart(12, '0')}`, type: 'sokuho' as const, at: at(k + a), by: pick(NAMES, k), method: 'phone' as const, counterpart: `${pick(NAMES, k + a + 1)}様`, receiptNo: `R-${k}-${a}`, sent: a === 0 ? text(k) : '' }],
          })),
        };
    }
  }

  function cell(kind: string, presetLabel: boolean, k: number): string {
    if (presetLabel) return '';
    switch (kind) {
      case 'datetime':
        return at(k);
      case 'date':
        return at(k).slice(0, 10);
      case 'triState':
        return (['yes', 'no', 'unknown'] as const)[k % 3]!;
      case 'person':
        return pick(NAMES, k);
      default:
        return text(k);
    }
  }
}
