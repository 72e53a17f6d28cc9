/**
 * zod schemas derived from the definition: one per item kind, one per step
 * (the wizard's react-hook-form resolver) and one per stored answer (checked
 * when a record is read). Messages are translation keys.
 *
 * Two sets: what a stored record may hold to be read (lenient, so data
 * written by older versions still opens), and the strict rules of the app's
 * own inputs (the strict* schemas below: exactly what typing can store),
 * which an import must meet.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { optionList, stepItems } from './lookup';
import { TRI_STATES, type Answer, type AnswerValue, type Column, type Item, type Step } from './types';

/**
 * The limits of the inputs, in UTF-16 code units (string.length), after trimming
 * where the input trims. One place for writes and import alike.
 */
export const LIMITS = {
  text: 20_000,
  short: 300,
  rows: 200,
  /** An incident's title (件名): 1..200 after trimming. */
  title: 200,
  /** The recorder's name (記録者), and so every "by" the app writes from it. */
  recorder: 100,
  /** The reason of 対象外: 1..2000 after trimming. */
  naReason: 2000,
} as const;

const isoOrEmpty = z.string().check(z.refine((s) => s === '' || !Number.isNaN(Date.parse(s)), 'validation.invalidDate'));
const short = z.string().check(z.maxLength(LIMITS.short, 'validation.tooLong'));
const long = z.string().check(z.maxLength(LIMITS.text, 'validation.tooLong'));
const triState = z.enum([...TRI_STATES, '']);

export function valueSchema(item: Item): z.ZodMiniType<AnswerValue> {
  switch (item.kind) {
    case 'action':
      return z.object({ done: z.boolean(), occurredAt: isoOrEmpty, by: short });
    case 'checkboxGroup': {
      const ids = new Set(optionList(item.list).options.map((o) => o.id));
      return z.object({
        selected: z.array(z.string()).check(z.refine((sel) => sel.every((id) => ids.has(id) || id === 'other'), 'validation.unknownOption')),
        other: long,
      });
    }
    case 'text':
      return long;
    case 'datetime':
      return isoOrEmpty;
    case 'person':
      return short;
    case 'triState':
      return triState;
    case 'table':
      return z
        .array(z.object({ preset: z.optional(z.string()), cells: z.record(z.string(), long) }))
        .check(z.maxLength(LIMITS.rows, 'validation.tooManyRows'));
    case 'approval':
      return z.object({ approver: short, at: isoOrEmpty, comment: long });
    default: {
      const unreachable: never = item;
      throw new Error(`Unhandled item kind ${JSON.stringify(unreachable)}`);
    }
  }
}

const cache = new Map<Item, z.ZodMiniType<AnswerValue>>();
export function cachedValueSchema(item: Item): z.ZodMiniType<AnswerValue> {
  let schema = cache.get(item);
  if (!schema) cache.set(item, (schema = valueSchema(item)));
  return schema;
}

/** The form schema of one wizard step: item id → value. */
export function stepSchema(step: Step) {
  return z.object(
    Object.fromEntries(stepItems(step).map((item) => [item.id, cachedValueSchema(item)])),
  );
}

function buildAnswerSchema(item: Item | undefined) {
  const value = item ? cachedValueSchema(item) : z.unknown();
  return z.object({
    value: z.optional(value),
    na: z.optional(z.string().check(z.maxLength(LIMITS.text))),
    naDraft: z.optional(z.string().check(z.maxLength(LIMITS.text))),
    overwritten: z.optional(z.object({ value, by: z.string(), at: z.string() })),
    updatedAt: z.string(),
    updatedBy: z.string(),
  });
}

type AnswerSchema = ReturnType<typeof buildAnswerSchema>;
const answerCache = new Map<Item | undefined, AnswerSchema>();

/** The stored shape of one answer; built once per item (every list read checks every answer). */
export function answerSchema(item: Item | undefined): AnswerSchema {
  let schema = answerCache.get(item);
  if (!schema) answerCache.set(item, (schema = buildAnswerSchema(item)));
  return schema;
}

// ---- the rules of the inputs (strict) --------------------------------------------

/** An ISO 8601 date-time with seconds and Z or an offset: what RFC 3339 and zod's z.iso.datetime({ offset: true }) take. */
const ISO_DATETIME = z.regexes.datetime({ offset: true });
/** toISOString's own shape: a valid date-time of this shape is already what the app stores. */
const STORED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function toStoredIso(s: string): string {
  if (s === '' || STORED_ISO.test(s)) return s;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? s : new Date(ms).toISOString();
}

/**
 * An ISO 8601 date-time with seconds and Z or an offset (what the app writes:
 * toISOString, and the Japan-time inputs turned into it), stored as UTC
 * toISOString so that dates sort as strings. (A check and an overwrite, not a
 * pipe: import checks tens of thousands of these.)
 */
export const isoDateTimeSchema = z.string().check(z.regex(ISO_DATETIME, 'validation.invalidDate'), z.overwrite(toStoredIso));
/** A date-time input that may be empty. */
const strictIsoOrEmpty = z.string().check(
  z.refine((s) => s === '' || ISO_DATETIME.test(s), 'validation.invalidDate'),
  z.overwrite(toStoredIso),
);
/** What <input type="date"> gives: YYYY-MM-DD (four or more digits of year), a real day, or empty. */
const dateOrEmpty = z.string().check(z.refine((s) => s === '' || isCalendarDate(s), 'validation.invalidDate'));

export const titleSchema = z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(LIMITS.title, 'validation.tooLong'));
export const recorderSchema = z.string().check(z.trim(), z.maxLength(LIMITS.recorder, 'validation.tooLong'));
/** The i18n key of the first problem `schema` finds with `value`, or null: how an input checks itself against the rules of the write. */
export function firstProblem(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'validation.invalid');
}
/** A recorder someone enters (starting an incident, taking over): required. */
export const newRecorderSchema = recorderSchema.check(z.minLength(1, 'validation.required'));
export const naReasonSchema = z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(LIMITS.naReason, 'validation.tooLong'));
/** A 対象外 reason being typed, not yet confirmed: kept as typed (untrimmed, may be empty). */
export const naDraftSchema = z.string().check(z.maxLength(LIMITS.naReason, 'validation.tooLong'));

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

function strictCell(column: Column) {
  switch (column.kind) {
    case 'datetime':
      return strictIsoOrEmpty;
    case 'date':
      return dateOrEmpty;
    case 'triState':
      return triState;
    case 'text':
    case 'person':
      return long;
  }
}

const strictCache = new Map<Item, z.ZodMiniType<AnswerValue>>();
/**
 * Exactly what the item's input can store: no other keys, dates as the
 * date inputs write them, option and preset ids of this checklist, each
 * option once. Built once per item.
 */
export function strictValueSchema(item: Item): z.ZodMiniType<AnswerValue> {
  let schema = strictCache.get(item);
  if (!schema) strictCache.set(item, (schema = buildStrictValueSchema(item)));
  return schema;
}

function buildStrictValueSchema(item: Item): z.ZodMiniType<AnswerValue> {
  switch (item.kind) {
    case 'action':
      return z.strictObject({ done: z.boolean(), occurredAt: strictIsoOrEmpty, by: short });
    case 'checkboxGroup': {
      const ids = new Set([...optionList(item.list).options.map((o) => o.id), 'other']);
      return z.strictObject({
        selected: z.array(z.string()).check(z.refine((sel) => sel.every((id, i) => ids.has(id) && sel.indexOf(id) === i), 'validation.unknownOption')),
        other: long,
      });
    }
    case 'table': {
      const presets = (item.presets ?? []).map((p) => p.id);
      const cells = z.strictObject(Object.fromEntries(item.columns.map((column) => [column.id, z.optional(strictCell(column))])));
      const row = z.strictObject({
        preset: z.optional(z.string().check(z.refine((id) => presets.includes(id), 'validation.unknownOption'))),
        cells,
      });
      return z.array(row).check(z.maxLength(LIMITS.rows, 'validation.tooManyRows')) as z.ZodMiniType<AnswerValue>;
    }
    case 'approval':
      return z.strictObject({ approver: short, at: strictIsoOrEmpty, comment: long });
    case 'datetime':
      return strictIsoOrEmpty;
    case 'text':
    case 'person':
    case 'triState':
      return valueSchema(item);
    default: {
      const unreachable: never = item;
      throw new Error(`Unhandled item kind ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * An answer as the app writes it. `value` of an item this checklist does not
 * know (another checklist version) cannot be checked against its input and
 * is left to the caller.
 */
function buildStrictAnswerSchema(item: Item | undefined): z.ZodMiniType<Answer> {
  const value = item ? strictValueSchema(item) : z.unknown();
  return z.strictObject({
    value: z.optional(value),
    na: z.optional(naReasonSchema),
    naDraft: z.optional(naDraftSchema),
    /** The value a write replaced without having seen it (see saveChanges). */
    overwritten: z.optional(z.strictObject({ value, by: recorderSchema, at: isoDateTimeSchema })),
    updatedAt: isoDateTimeSchema,
    updatedBy: recorderSchema,
  }) as z.ZodMiniType<Answer>;
}

const strictAnswerCache = new Map<Item | undefined, z.ZodMiniType<Answer>>();
export function strictAnswerSchema(item: Item | undefined): z.ZodMiniType<Answer> {
  let schema = strictAnswerCache.get(item);
  if (!schema) strictAnswerCache.set(item, (schema = buildStrictAnswerSchema(item)));
  return schema;
}
