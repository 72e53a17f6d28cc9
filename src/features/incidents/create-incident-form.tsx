import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trackSave } from '@/saving/save-status';
import { requestPersistence } from '@/lib/storage';
import { DateTimeInput } from '@/fields/datetime-input';
import { isoToJstText, parseJstText, nowIso } from '@/lib/dates';
import { navigate, paths } from '@/lib/router';
import type * as Schema from './create-incident-schema';
import type { CreateIncidentField } from './create-incident-schema';

/**
 * The first screen's first control, so it is kept light: plain controlled
 * inputs, and the zod schema (./create-incident-schema.ts), the database code
 * and the checklist are loaded only on submit. It behaves as the
 * react-hook-form version did: checked on submit, then each field again as
 * it changes; the first wrong field gets the focus.
 */

const FIELDS: CreateIncidentField[] = ['title', 'recorder', 'detectedAt'];
type Values = Record<CreateIncidentField, string>;
type Errors = Partial<Record<CreateIncidentField | 'root', string>>;
type CreateFormState = { values: Values; errors: Errors; submitted: boolean; submitting: boolean };

/**
 * What is typed here is kept in IndexedDB as it is typed (this form has no
 * incident to save into yet), and brought back when the page opens again,
 * until the incident is started. The database code loads after the first
 * render, so the draft arrives a moment after the form.
 */
const DRAFT_KEY = 'createIncident';
const drafts = () => import('@/db/drafts');

function saveDraft(values: Values | null): void {
  void drafts()
    .then((d) => (values ? d.putDraft(DRAFT_KEY, values) : d.deleteDraft(DRAFT_KEY)))
    .catch(() => undefined); // no database: the form still works, without the draft
}

function asValues(draft: unknown): Partial<Values> {
  if (typeof draft !== 'object' || draft === null) return {};
  return Object.fromEntries(FIELDS.flatMap((f) => (typeof (draft as Values)[f] === 'string' ? [[f, (draft as Values)[f]]] : [])));
}

function initialState(): CreateFormState {
  return { values: { title: '', detectedAt: isoToJstText(nowIso()), recorder: '' }, errors: {}, submitted: false, submitting: false };
}

let schema: typeof Schema | undefined;
async function loadSchema() {
  return (schema ??= await import('./create-incident-schema'));
}

/** Start an incident: title, detected-at (now by default) and who records. */
export function CreateIncidentForm() {
  const { t } = useTranslation();
  const [state, setState] = useState(initialState);
  const errors = state.errors;
  const touched = useRef(false);
  useEffect(() => {
    void drafts()
      .then((d) => Promise.all([d.getDraft(DRAFT_KEY), d.lastRecorder()]))
      .then(([draft, recorder]) => {
        // The last 記録者 on this device is offered, unless the draft has its own.
        const values = { ...(recorder && { recorder }), ...asValues(draft) };
        if (!touched.current) setState((s) => ({ ...s, values: { ...s.values, ...values } }));
      })
      .catch(() => undefined);
  }, []);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => setField(e.target.name as CreateIncidentField, e.target.value);
  const setField = (name: CreateIncidentField, value: string) => {
    touched.current = true;
    saveDraft({ ...state.values, [name]: value });
    setState((s) => {
      const values = { ...s.values, [name]: value };
      if (!s.submitted || !schema) return { ...s, values };
      // After a submit, a field is checked again as it changes.
      const result = schema.validateCreateIncident(values);
      const fieldError = result.ok ? undefined : result.errors[name];
      const errors = { ...s.errors };
      if (fieldError) errors[name] = fieldError;
      else delete errors[name];
      return { ...s, values, errors };
    });
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (state.submitting) return;
    const form = e.currentTarget;
    const values = state.values;
    setState((s) => ({ ...s, submitting: true, errors: withoutRoot(s.errors) }));
    let checked;
    try {
      checked = (await loadSchema()).validateCreateIncident(values);
    } catch {
      setState((s) => ({ ...s, submitting: false, submitted: true, errors: { ...s.errors, root: 'list.createFailed' } }));
      return;
    }
    if (!checked.ok) {
      const fieldErrors = checked.errors;
      setState((s) => ({ ...s, submitting: false, submitted: true, errors: fieldErrors }));
      const first = FIELDS.find((f) => fieldErrors[f]);
      const input = first && form.elements.namedItem(first);
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    const parsed = checked.values;
    try {
      const [{ createIncident }, { allSteps }] = await Promise.all([import('@/db/incidents'), import('@/checklist/lookup')]);
      const row = await trackSave(() =>
        createIncident({ ...parsed, detectedAt: parseJstText(parsed.detectedAt)! }), // the schema trimmed the text
      );
      saveDraft(null);
      void requestPersistence();
      setState((s) => ({ ...s, submitting: false, submitted: true, errors: {} }));
      navigate(paths.step(row.id, allSteps[0]!.step.code));
    } catch {
      setState((s) => ({ ...s, submitting: false, submitted: true, errors: { root: 'list.createFailed' } }));
    }
  };

  const errorText = (key?: string) =>
    key ? (
      <span className="field-error" role="alert">
        {t(key)}
      </span>
    ) : null;

  return (
    <form className="create-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">{t('list.create')}</h2>
      <label>
        <span>{t('incident.title')}</span>
        <input
          type="text"
          name="title"
          placeholder={t('incident.titlePlaceholder')}
          value={state.values.title}
          onChange={onChange}
          aria-invalid={!!errors.title}
        />
        {errorText(errors.title)}
      </label>
      {/* What must be typed first; 検知日時 is now unless changed (a text field and its 今 button). */}
      <label>
        <span>{t('recorder.label')}</span>
        <input type="text" name="recorder" autoComplete="name" value={state.values.recorder} onChange={onChange} aria-invalid={!!errors.recorder} />
        {errorText(errors.recorder)}
      </label>
      <div className="create-date">
        <label htmlFor="create-detected-at">
          {t('incident.detectedAt')} ({t('dates.jst')})
        </label>
        <DateTimeInput
          id="create-detected-at"
          name="detectedAt"
          text={state.values.detectedAt}
          onText={(text) => setField('detectedAt', text)}
          value={parseJstText(state.values.detectedAt) ?? ''}
          onChange={() => undefined}
          disabled={false}
        />
        {/* Text that is no date-time has its message at once, under the field. */}
        {errors.detectedAt && parseJstText(state.values.detectedAt) !== null && errorText(errors.detectedAt)}
      </div>
      {errorText(errors.root)}
      <button type="submit" className="button button-primary" disabled={state.submitting}>
        {t('list.start')}
      </button>
    </form>
  );
}

function withoutRoot(errors: Errors): Errors {
  const rest = { ...errors };
  delete rest.root;
  return rest;
}
