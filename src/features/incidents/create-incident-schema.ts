/**
 * What the create form accepts, checked on submit. Its own module so that
 * zod loads with it, not with the first screen.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { jstInputToIso } from '@/lib/dates';

const createIncidentSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(200, 'validation.tooLong')),
  detectedAt: z.string().check(z.refine((v) => jstInputToIso(v) !== '', 'validation.invalidDate')),
  recorder: z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(100, 'validation.tooLong')),
});
export type CreateIncidentValues = z.infer<typeof createIncidentSchema>;
export type CreateIncidentField = keyof CreateIncidentValues;

/** The parsed values, or each field's first message (an i18n key). */
export function validateCreateIncident(
  values: Record<CreateIncidentField, string>,
): { ok: true; values: CreateIncidentValues } | { ok: false; errors: Partial<Record<CreateIncidentField, string>> } {
  const result = createIncidentSchema.safeParse(values);
  if (result.success) return { ok: true, values: result.data };
  const errors: Partial<Record<CreateIncidentField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CreateIncidentField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
