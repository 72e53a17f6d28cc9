import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createIncident } from '@/db/incidents';
import { trackSave } from '@/features/saving/save-status';
import { requestPersistence } from '@/features/storage/storage';
import { isoToJstInput, jstInputToIso, nowIso } from '@/lib/dates';
import { navigate, paths } from '@/app/router';
import { allSteps } from '@/checklist/lookup';

const formSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  detectedAt: z.string().refine((v) => jstInputToIso(v) !== '', 'validation.invalidDate'),
  recorder: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
});
type FormValues = z.infer<typeof formSchema>;

/** Start an incident: title, detected-at (now by default) and who records. */
export function CreateIncidentForm() {
  const { t } = useTranslation();
  const { register, handleSubmit, formState, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { title: '', detectedAt: isoToJstInput(nowIso()), recorder: '' },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const row = await trackSave(() =>
        createIncident({ title: values.title.trim(), detectedAt: jstInputToIso(values.detectedAt), recorder: values.recorder.trim() }),
      );
      void requestPersistence();
      navigate(paths.step(row.id, allSteps[0]!.step.code));
    } catch {
      setError('root', { message: 'list.createFailed' });
    }
  });
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
        <input type="text" placeholder={t('incident.titlePlaceholder')} {...register('title')} aria-invalid={!!errors.title} />
        {errorText(errors.title?.message)}
      </label>
      <label>
        <span>
          {t('incident.detectedAt')} ({t('dates.jst')})
        </span>
        <input type="datetime-local" {...register('detectedAt')} aria-invalid={!!errors.detectedAt} />
        {errorText(errors.detectedAt?.message)}
      </label>
      <label>
        <span>{t('recorder.label')}</span>
        <input type="text" autoComplete="name" {...register('recorder')} aria-invalid={!!errors.recorder} />
        {errorText(errors.recorder?.message)}
      </label>
      {errorText(errors.root?.message)}
      <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
        {t('list.start')}
      </button>
    </form>
  );
}
