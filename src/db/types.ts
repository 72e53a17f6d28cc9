/** The shapes stored in IndexedDB, checked with zod whenever a record is read. */
import * as z from 'zod/mini';
import { findItem } from '@/checklist/lookup';
import { answerSchema } from '@/checklist/schema';
import type { Answer } from '@/checklist/types';

const isoString = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'invalid date'));

/**
 * Each answer is checked against its item's current schema. Answers to ids the
 * definition no longer has are kept with an unchecked value, so an incident
 * recorded against an older checklist still opens.
 */
const answersSchema = z.record(z.string(), z.custom<Answer>()).check(
  z.superRefine((answers, ctx) => {
    for (const [itemId, answer] of Object.entries(answers)) {
      const result = answerSchema(findItem(itemId)).safeParse(answer);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: [itemId, ...issue.path], message: issue.message });
      }
    }
  }),
);

export const incidentStatusSchema = z.enum(['active', 'completed']);
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;

export const incidentRowSchema = z.object({
  /** crypto.randomUUID() */
  id: z.string().check(z.minLength(1)),
  /** The definition version the incident was created against. */
  checklistVersion: z.number().check(z.int(), z.positive()),
  title: z.string(),
  /** ISO 8601 UTC; the list sorts on it. */
  detectedAt: isoString,
  /** Who is recording now (the default "by" of new answers). */
  recorder: z.string(),
  status: incidentStatusSchema,
  createdAt: isoString,
  updatedAt: isoString,
  completedAt: z.optional(isoString),
  /** item id → answer. Written one item at a time, never as a whole map. */
  answers: answersSchema,
});
export type IncidentRow = z.infer<typeof incidentRowSchema>;

/** The row without checking each answer: for a row already checked whole (see rows.ts, writable). */
export const incidentEnvelopeSchema = z.extend(incidentRowSchema, { answers: z.record(z.string(), z.custom<Answer>()) });

export const activityKindSchema = z.enum([
  'created',
  'answer',
  'na',
  'naCleared',
  'completed',
  'reopened',
  'recorder',
  'meta',
  /** Someone saw the value an answer had replaced (Answer.overwritten); `value` is that value. */
  'overwriteSeen',
]);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** One line of an incident's append-only log. */
export const activityEntrySchema = z.object({
  id: z.optional(z.number().check(z.int())),
  incidentId: z.string(),
  kind: activityKindSchema,
  itemId: z.optional(z.string()),
  value: z.optional(z.unknown()),
  /** The 対象外 reason of an 'na' entry. */
  reason: z.optional(z.string()),
  /** When the app wrote the entry. */
  recordedAt: isoString,
  recorder: z.string(),
  /** The tab (one page load) that wrote it: lines of different tabs are never merged. */
  tab: z.optional(z.string()),
  /** For a done action item: when the action itself happened, as entered. */
  occurredAt: z.optional(z.string()),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

/** A stored incident as read: valid, or the reason it cannot be shown. */
export type LoadResult =
  | { ok: true; incident: IncidentRow }
  | { ok: false; id: string; error: string };
