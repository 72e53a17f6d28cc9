/**
 * zod schemas derived from the definition: one per item kind, one per step
 * (the wizard's react-hook-form resolver) and one per stored answer (checked
 * when a record is read). Messages are translation keys.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { optionList, stepItems } from './lookup';
import { TRI_STATES, type AnswerValue, type Item, type Step } from './types';

/** The input limits, shared by the inputs, every write and the import. */
export const LIMITS = { text: 20_000, short: 300, rows: 200, title: 200, person: 100, naReason: 2000 } as const;

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
