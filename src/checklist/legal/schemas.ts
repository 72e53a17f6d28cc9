/**
 * zod schemas for what the legal helper will store: a hospital's corrected
 * copy of the facts, the decision's answers and the notice record. Messages
 * are locale keys (legal.validation.*, or the shared validation.*).
 * Kept apart from the data so the rules and deadlines load without zod.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { AUTHORITY_IDS, ORGANISATION_TYPES, type LegalFacts } from './facts';
import { NOTICE_METHODS, NOTICE_STATUSES, type NoticeRecord } from './notice';
import { TRIGGER_OPTIONS, YES_NO_UNKNOWN, type Answers } from './questions';

const SHORT = 300;
const LONG = 2000;
const MAX_DAYS = 365;

const text = (max: number) => z.string().check(z.maxLength(max, 'validation.tooLong'));
/** '' or an http(s) address. */
const url = z.string().check(
  z.maxLength(SHORT, 'validation.tooLong'),
  z.refine((s) => s === '' || /^https?:\/\/[^\s]+$/.test(s), 'legal.validation.url'),
);
const days = z.number().check(z.int('legal.validation.wholeDays'), z.gte(1, 'legal.validation.wholeDays'), z.lte(MAX_DAYS, 'legal.validation.wholeDays'));
const count = z.number().check(z.int('legal.validation.wholeNumber'), z.gte(0, 'legal.validation.wholeNumber'));
const source = z.object({ tag: z.enum(['seed', 'official', 'secondary', 'proposal']), ref: text(LONG) });
const sources = z.array(source);

const authority = z.object({
  id: z.enum(AUTHORITY_IDS),
  nameKey: z.string().check(z.refine((k) => /^legal\.authorities\.\w+\.name$/.test(k), 'legal.validation.nameKey')),
  office: text(SHORT),
  url,
  phone: text(40),
  basis: z.optional(text(LONG)),
  destination: z.optional(text(SHORT)),
  verify: z.boolean(),
  source: sources,
});

/** A hospital's copy of the facts: the shape of LEGAL_FACTS, with values in range. */
export const legalFactsSchema = z
  .object({
    version: z.string().check(z.minLength(1, 'validation.required'), z.maxLength(40, 'validation.tooLong')),
    organisationType: z.enum(ORGANISATION_TYPES),
    thresholds: z.object({ individuals: count, individualsPublic: count }),
    deadlines: z.object({ sokuhoDaysMin: days, sokuhoDaysMax: days, kakuhoDays: days, kakuhoDaysFraud: days }),
    authorities: z.array(authority).check(
      z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'legal.validation.duplicateAuthority'),
      z.refine((list) => list.every((a) => a.nameKey === `legal.authorities.${a.id}.name`), 'legal.validation.nameKey'),
    ),
    sources: z.object({ thresholds: sources, deadlines: sources, organisationType: sources }),
  })
  .check(
    z.refine((f) => f.deadlines.sokuhoDaysMin <= f.deadlines.sokuhoDaysMax, 'legal.validation.sokuhoWindow'),
    z.refine((f) => f.deadlines.kakuhoDays <= f.deadlines.kakuhoDaysFraud, 'legal.validation.kakuhoOrder'),
  ) as unknown as z.ZodMiniType<LegalFacts>;

const trigger = z.optional(z.enum(TRIGGER_OPTIONS));
const known = z.optional(z.enum(YES_NO_UNKNOWN));

/** The decision's answers as stored: every question optional. */
export const answersSchema = z.object({
  event: trigger,
  ransomware: trigger,
  exfiltrationRuledOut: known,
  encrypted: known,
  keyLeaked: trigger,
  sensitive: trigger,
  financial: trigger,
  fraud: trigger,
  individuals: z.optional(z.union([count, z.literal('unknown')])),
  contractor: known,
  principalNotified: known,
}) as unknown as z.ZodMiniType<Answers>;

const isoDateTime = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'validation.invalidDate'));

export const noticeRecordSchema = z.object({
  status: z.enum(NOTICE_STATUSES),
  method: z.optional(z.enum(NOTICE_METHODS)),
  at: z.optional(isoDateTime),
  note: z.optional(text(LONG)),
}) as unknown as z.ZodMiniType<NoticeRecord>;
