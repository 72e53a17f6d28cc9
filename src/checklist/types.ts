/**
 * Types of the checklist definition and of the answers recorded against it.
 *
 * The definition holds structure and ids only; every sentence shown to the
 * user lives in the locale files under keys derived from these ids
 * (see i18n-keys.ts). Ids are stored in IndexedDB and exported files:
 * never rename one — retire it and add a new id instead.
 */
import type { PhaseId, StepCode } from './definition';
import type { AuthorityId } from './legal/facts';
import type { ReferenceId } from './reference';

/**
 * Where an item, option, hint or preset row comes from: 'manual' when the
 * Tokushima manual asks for it (to do it, write it, tick it), even when the
 * input that records it is ours (a tick for 「LANケーブルを抜く」); 'proposed'
 * when the manual does not ask for it at all (shown with a quiet mark).
 */
export type Source = 'manual' | 'proposed';

/**
 * The phase ids, step codes and item ids are the definition's own
 * (definition.ts): derived from the data, so a step is added there and
 * nowhere else.
 */
export type { ItemId, PhaseId, StepCode } from './definition';

/**
 * One option of a checkbox group. `hint`: a judgement hint is shown once
 * ticked, and where its words come from (the manual's 「ランサムウェア攻撃と判断して下さい。」,
 * or ours where the manual's is elided).
 */
export type Option = { id: string; source: Source; hint?: Source };

/** A named option list (発生事象ケース, 発生ネットワーク, 侵入経路). Every list also offers その他 + free text. */
export type OptionList = { id: string; options: readonly Option[] };

/**
 * What a tri-state answer must be for the item (or table row) to be finished.
 * Only where the manual expects an action or a report (報告済みか, 保全したか):
 * a finding such as 「情報漏えいしている可能性はあるか」 is done whatever it says.
 * いいえ / 不明 there is still owed (progress.ts): answered, but not finished.
 */
export type Expects = 'yes';

export type ColumnKind = 'text' | 'person' | 'datetime' | 'date' | 'triState';
export type Column =
  | { id: string; kind: Exclude<ColumnKind, 'triState'> }
  | {
      id: string;
      kind: 'triState';
      expects?: Expects;
      /** Another tri-state column of the row whose いいえ lifts the expectation (no log left: nothing to preserve). */
      unlessNo?: string;
    };

/** Notes printed beside an input: the manual's good example, NG example and ポイント. */
export type ItemNote = 'example' | 'ng' | 'point';

/** How a free-text answer is checked for vagueness (a warning, never a block). */
export type VagueCheck = 'specificDateTime' | 'detail';

/** A row a table offers prefilled with its name (a report destination, a log source). */
export type Preset = { id: string; source: Source };

type ItemBase = {
  /** Globally unique, camelCase. Stored with every answer. Never rename. */
  id: string;
  source: Source;
  /** Optional items are never counted as open. */
  optional?: boolean;
  notes?: readonly ItemNote[];
};

export type Item =
  /** A tick that records when it happened (now by default, editable) and who did it. */
  | (ItemBase & { kind: 'action' })
  | (ItemBase & { kind: 'checkboxGroup'; list: string })
  | (ItemBase & { kind: 'text'; multiline?: boolean; vague?: VagueCheck })
  | (ItemBase & { kind: 'datetime' })
  | (ItemBase & { kind: 'person' })
  | (ItemBase & { kind: 'triState'; expects?: Expects })
  /** One of the item's own options (radios), labelled under checklist.items.<id>.options.<option>. */
  | (ItemBase & { kind: 'choice'; options: readonly string[] })
  /** Rows of a small table; preset rows are offered with their first column prefilled. */
  | (ItemBase & {
      kind: 'table';
      columns: readonly Column[];
      presets?: readonly Preset[];
    })
  | (ItemBase & { kind: 'approval' })
  /**
   * A report log per authority (報告先ごとの報告記録): whether a report is
   * required, and each report made. `authorities`: the ones listed before
   * anything is written (legal/facts.ts ids); the user may add others.
   */
  | (ItemBase & { kind: 'reportLog'; authorities: readonly AuthorityId[] });

export type ItemKind = Item['kind'];

/** A guidance line of a step, in the manual's order. The kind decides its bullet. */
export type GuidanceKind =
  | 'instruction' // ◼
  | 'note' // ➢
  | 'heading' // 【…】
  | 'check' // ✓
  | 'example' // （例）
  | 'callout'
  | 'figure' // text of an illustration
  | 'footnote'; // （※）… with a reference URL
/**
 * `shared` names a block of guidance that the manual prints once for several
 * steps (2-3/2-4, 2-13/2-18): its words are kept once, under that name.
 */
export type Guidance = { id: string; kind: GuidanceKind; shared?: string };

/** A block of inputs under one of the manual's ーーー section headers. */
export type Section = {
  /** Unique across the checklist. */
  id: string;
  /** Key of the header text (several sections may share one header). */
  header: string;
  layout?: 'hearing';
  items: readonly Item[];
};

/** `C` is the step code: StepCode for every reader of the definition, any string while the definition itself is checked. */
export type Step<C extends string = StepCode> = {
  code: C;
  guidance: readonly Guidance[];
  sections: readonly Section[];
  /** The manual's reference pages this step links to (reference.ts). */
  references?: readonly ReferenceId[];
};

export type Phase<P extends string = PhaseId, C extends string = StepCode> = {
  id: P;
  /** The key actions the manual lists for the phase (✓異常等の検知 …). */
  actions: readonly string[];
  steps: readonly Step<C>[];
};

/**
 * The shape of the checklist. definition.ts checks its data against the loose
 * form (any strings as ids) and derives PhaseId and StepCode from it; readers
 * get the form with those ids.
 */
export type ChecklistDefinition<P extends string = string, C extends string = string> = {
  version: number;
  phases: readonly Phase<P, C>[];
  optionLists: readonly OptionList[];
};

// ---- Answers ---------------------------------------------------------------

/** はい / いいえ / 不明, in the order they are offered. */
export const TRI_STATES = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATES)[number];
export type ActionValue = { done: boolean; occurredAt: string; by: string };
export type CheckboxValue = { selected: string[]; other: string };
export type TableRow = { preset?: string; cells: Record<string, string> };
export type ApprovalValue = { approver: string; at: string; comment: string };

/** 速報 / 確報 / 追加報告 / 相談, in the order they are offered. */
export const REPORT_TYPES = ['sokuho', 'kakuho', 'additional', 'consultation'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
/** Web フォーム / 電話 / メール / FAX / その他. */
export const REPORT_METHODS = ['web', 'phone', 'mail', 'fax', 'other'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];
/** One report made to an authority. `id`: crypto.randomUUID(), so copies of a record can later be merged. */
export type ReportEntry = {
  id: string;
  type: ReportType;
  /** ISO, or '' while not given. */
  at: string;
  by: string;
  method: ReportMethod;
  counterpart: string;
  receiptNo: string;
  sent: string;
};
/**
 * An authority of a report log: a facts id (legal/facts.ts) or 'custom:<uuid>'
 * with the user's `name`; `note`: 備考 (why not required, what was converted from the old table).
 */
export type AuthorityLog = { id: string; name?: string; required: TriState | ''; reports: ReportEntry[]; note?: string };
/** The nine items of the PPC report (個人情報保護法施行規則 第8条第1項), in its order. */
export const PPC_ITEMS = [
  'summary',
  'dataItems',
  'individuals',
  'cause',
  'secondaryDamage',
  'individualsResponse',
  'publication',
  'prevention',
  'other',
] as const;
export type PpcItemId = (typeof PPC_ITEMS)[number];
/**
 * A draft of the PPC report: 速報 or 確報, and each item as edited (an item
 * not edited shows what is drawn from the answers, ppc-draft.ts).
 */
export type PpcDraft = { stage: 'sokuho' | 'kakuho'; items: Partial<Record<PpcItemId, string>> };
export type ReportLogValue = { authorities: AuthorityLog[]; ppcDraft?: PpcDraft };

export type ValueOf<K extends ItemKind> = {
  action: ActionValue;
  checkboxGroup: CheckboxValue;
  text: string;
  datetime: string;
  person: string;
  triState: TriState | '';
  /** One of the item's options, or '' while unanswered. */
  choice: string;
  table: TableRow[];
  approval: ApprovalValue;
  reportLog: ReportLogValue;
}[K];

export type AnswerValue = ValueOf<ItemKind>;

/** A value that a write replaced without having seen it (another tab's, say), kept until someone looks at it. */
export type Overwritten = { value: AnswerValue; by: string; at: string };

/**
 * What is stored for one item. `na` holds the reason when marked 対象外;
 * `naDraft` a reason being typed but not yet confirmed.
 */
export type Answer = {
  value?: AnswerValue;
  na?: string;
  naDraft?: string;
  overwritten?: Overwritten;
  updatedAt: string;
  updatedBy: string;
};
