/**
 * zod schemas derived from the definition: one per item (its kind's module in
 * src/checklist/kinds decides it; built once here), one per step
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
import { inputValueSchema, storedValueSchema } from './kinds';
import { stepItems } from './lookup';
import { isoDateTimeSchema, LIMITS } from './rules';
import type { Answer, AnswerValue, Item, Step } from './types';

export { isoDateTimeSchema, LIMITS };

/** What a stored value of the item may hold to be read (its kind's module decides). */
export const valueSchema = (item: Item): z.ZodMiniType<AnswerValue> => storedValueSchema(item);

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

/** A 対象外 reason as stored: older versions' longer reasons still open (see LIMITS.naReasonStored). */
const storedNaReason = z.string().check(z.maxLength(LIMITS.naReasonStored));

function buildAnswerSchema(item: Item | undefined) {
  const value = item ? cachedValueSchema(item) : z.unknown();
  return z.object({
    value: z.optional(value),
    na: z.optional(storedNaReason),
    naDraft: z.optional(storedNaReason),
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

const strictCache = new Map<Item, z.ZodMiniType<AnswerValue>>();
/**
 * Exactly what the item's input can store: no other keys, dates as the
 * date inputs write them, option and preset ids of this checklist, each
 * option once. Built once per item.
 */
export function strictValueSchema(item: Item): z.ZodMiniType<AnswerValue> {
  let schema = strictCache.get(item);
  if (!schema) strictCache.set(item, (schema = inputValueSchema(item)));
  return schema;
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
