/**
 * What the create form accepts, checked on submit. Its own module so that
 * zod loads with it, not with the first screen.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { newRecorderSchema, titleSchema } from '@/checklist/schema';
import { parseJstText } from '@/lib/dates';

/** The title and recorder rules are the database's own (src/checklist/schema.ts). */
const createIncidentSchema = z.object({
  title: titleSchema,
  detectedAt: z.string().check(z.refine((v) => !!parseJstText(v), 'validation.invalidDate')),
  recorder: newRecorderSchema,
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
