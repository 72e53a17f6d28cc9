/**
 * The retired report tables of 【2-13】 and 【2-18】 (`reportsMhlw`,
 * `reportsPolice`: rows with columns destination, done, at, by, method,
 * counterpart, reference) turned into the report logs that replace them
 * (`reportLogMhlw`, `reportLogPolice`). Used by the database upgrade (db.ts v5)
 * and by import (an export file written before it), so both convert alike.
 *
 * Nothing is lost:
 * - a preset row becomes its authority (mhlw, ppc, prefecture, police); the
 *   IPA row names no one of IPA's three systems, so it becomes a user-added
 *   authority named as the row was, and a typed row becomes a user-added
 *   authority named as typed;
 * - 報告済みか はい becomes one report, of type 速報 (the one report the table
 *   recorded per destination: the first one made), with its date, reporter,
 *   method, counterpart and 受付番号・備考; the authority is marked 必要;
 * - いいえ / 不明 (a report owed, as the table counted it) marks the authority
 *   必要 with no report, so it stays open; what the row held besides goes into
 *   the authority's note;
 * - text with no field of its own (the method as typed, a renamed destination,
 *   a date that cannot be read, unknown columns) goes into the report's
 *   「送付内容」 or the authority's note, labelled 「移行前の記録」;
 * - the old answer itself stays under its retired id.
 */
import type { Answer, AuthorityLog, ReportEntry, ReportLogValue, ReportMethod } from '@/checklist/types';

/** Retired id → the id of the report log replacing it, with the authorities that log lists. */
export const RETIRED_REPORT_TABLES = {
  reportsMhlw: { to: 'reportLogMhlw', authorities: ['mhlw', 'ppc', 'prefecture', 'initialResponseDesk'] },
  reportsPolice: { to: 'reportLogPolice', authorities: ['police', 'ipaUnauthorisedAccess', 'ipaVirus', 'ipaVulnerability'] },
} as const;

/** The names the retired tables prefilled (ja, as stored rows showed them). */
const PRESET_NAMES: Record<string, string> = {
  mhlw: '厚生労働省 医政局特定医薬品開発支援・医療情報担当参事官室',
  ppc: '個人情報保護委員会',
  prefecture: '徳島県 保健福祉部 医療政策課',
  police: '警察（徳島県警察等）',
  ipa: '独立行政法人 情報処理推進機構（IPA）',
};
/** Preset rows that are one authority of the new logs. */
const PRESET_AUTHORITY: Record<string, string> = { mhlw: 'mhlw', ppc: 'ppc', prefecture: 'prefecture', police: 'police' };
const COLUMN_LABELS: Record<string, string> = {
  destination: '報告先',
  done: '報告済みか',
  at: '報告日時',
  by: '報告者',
  method: '報告方法',
  counterpart: '先方の担当者',
  reference: '受付番号・備考',
};
const TRI: Record<string, string> = { yes: 'はい', no: 'いいえ', unknown: '不明' };
const MIGRATED = '移行前の記録';

type OldRow = { preset?: unknown; cells?: unknown };

/** The method as typed, read as one of the methods where it plainly says so; else その他. */
export function methodOf(text: string): ReportMethod {
  const s = text.normalize('NFKC').toLowerCase();
  if (/電話|tel|phone/.test(s)) return 'phone';
  if (/fax|ファックス|ファクス/.test(s)) return 'fax';
  if (/メール|mail/.test(s)) return 'mail';
  if (/web|ウェブ|フォーム|form|サイト/.test(s)) return 'web';
  return 'other';
}

const isIso = (s: string) => s !== '' && !Number.isNaN(Date.parse(s));
const lines = (pairs: [string, string][]) =>
  pairs
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

function convertRow(row: OldRow, fresh: () => string): AuthorityLog | null {
  const preset = typeof row.preset === 'string' ? row.preset : undefined;
  const raw = row.cells && typeof row.cells === 'object' ? (row.cells as Record<string, unknown>) : {};
  const cells: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') cells[k] = v;
  const cell = (k: string) => cells[k] ?? '';
  const typedName = cell('destination').trim();
  const details = Object.entries(cells).some(([k, v]) => k !== 'destination' && v.trim() !== '');
  if (!details && (preset !== undefined ? typedName === '' || typedName === PRESET_NAMES[preset] : typedName === '')) return null;

  const known = preset !== undefined ? PRESET_AUTHORITY[preset] : undefined;
  const presetName = preset !== undefined ? PRESET_NAMES[preset] : undefined;
  const name = typedName || presetName || '';
  const renamed = known !== undefined && typedName !== '' && typedName !== presetName;
  // Text with no field of its own, labelled, so it reads as what it was.
  const extra: [string, string][] = [
    ...(renamed ? ([[COLUMN_LABELS.destination!, typedName]] as [string, string][]) : []),
    ...Object.entries(cells).filter(([k]) => !(k in COLUMN_LABELS)),
  ];
  const authority: AuthorityLog = known
    ? { id: known, required: '', reports: [] }
    : { id: `custom:${fresh()}`, name, required: '', reports: [] };

  const done = cell('done');
  if (done === 'yes') {
    const at = cell('at').trim();
    const method = cell('method').trim();
    const report: ReportEntry = {
      id: fresh(),
      type: 'sokuho',
      at: isIso(at) ? new Date(Date.parse(at)).toISOString() : '',
      by: cell('by'),
      method: method ? methodOf(method) : 'other',
      counterpart: cell('counterpart'),
      receiptNo: cell('reference'),
      sent: lines([
        [`${MIGRATED}・${COLUMN_LABELS.method}`, method],
        ...(isIso(at) || at === '' ? [] : ([[`${MIGRATED}・${COLUMN_LABELS.at}`, at]] as [string, string][])),
        ...extra.map(([k, v]) => [`${MIGRATED}・${k}`, v] as [string, string]),
      ]),
    };
    return { ...authority, required: 'yes', reports: [report] };
  }
  // Not reported (いいえ / 不明 / nothing): the table counted a report owed unless it was left blank.
  const note = lines([
    ...(done ? ([[COLUMN_LABELS.done!, TRI[done] ?? done]] as [string, string][]) : []),
    ...(['at', 'by', 'method', 'counterpart', 'reference'] as const).map((k) => [COLUMN_LABELS[k]!, cell(k)] as [string, string]),
    ...extra,
  ]);
  return {
    ...authority,
    required: done === 'no' || done === 'unknown' ? 'yes' : '',
    ...(note ? { note: `${MIGRATED}\n${note}` } : {}),
  };
}

/** A retired table's rows as the report log replacing it (its default authorities first, then the rows' own). */
export function reportLogFromTable(authorities: readonly string[], rows: unknown, fresh: () => string = () => crypto.randomUUID()): ReportLogValue {
  const out: AuthorityLog[] = authorities.map((id) => ({ id, required: '', reports: [] }));
  for (const row of Array.isArray(rows) ? (rows as OldRow[]) : []) {
    if (!row || typeof row !== 'object') continue;
    const next = convertRow(row, fresh);
    if (!next) continue;
    const same = out.findIndex((a) => a.id === next.id);
    if (same === -1) {
      out.push(next);
      continue;
    }
    const had = out[same]!;
    out[same] = {
      ...had,
      required: had.required === 'yes' || next.required === 'yes' ? 'yes' : next.required || had.required,
      reports: [...had.reports, ...next.reports],
      ...(had.note || next.note ? { note: [had.note, next.note].filter(Boolean).join('\n') } : {}),
    };
  }
  return { authorities: out };
}

/**
 * The answers with a report log added beside each retired report table they
 * hold (never over a report log already there). The retired answer is kept.
 */
export function withReportLogs(answers: Record<string, Answer>, fresh?: () => string): Record<string, Answer> {
  let out = answers;
  for (const [retired, { to, authorities }] of Object.entries(RETIRED_REPORT_TABLES)) {
    const old = answers[retired];
    if (!old || answers[to]) continue;
    const answer: Answer = { updatedAt: old.updatedAt, updatedBy: old.updatedBy };
    if (old.value !== undefined) answer.value = reportLogFromTable(authorities, old.value, fresh);
    if (old.na !== undefined) answer.na = old.na;
    if (old.naDraft !== undefined) answer.naDraft = old.naDraft;
    if (answer.value === undefined && answer.na === undefined && answer.naDraft === undefined) continue;
    out = { ...out, [to]: answer };
  }
  return out;
}
