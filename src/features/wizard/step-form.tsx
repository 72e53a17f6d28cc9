import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyValue } from '@/checklist/defaults';
import { keys } from '@/checklist/i18n-keys';
import { stepItems } from '@/checklist/lookup';
import { itemStatus } from '@/checklist/progress';
import { stepSchema } from '@/checklist/schema';
import type { AnswerValue, Step } from '@/checklist/types';
import type { IncidentRow } from '@/db/types';
import { FieldFrame } from '@/fields/field-frame';
import { NotApplicable } from '@/fields/not-applicable';
import { FieldEdit } from '@/fields/registry';
import { GuidancePanel } from './guidance-panel';
import { useAutosave } from './use-autosave';

type Values = Record<string, AnswerValue>;

/** One step: its sections of inputs, and the manual's guidance beside them. */
export function StepForm({ step, incident }: { step: Step; incident: IncidentRow }) {
  const { t } = useTranslation();
  const items = useMemo(() => stepItems(step), [step]);
  const readOnly = incident.status === 'completed';
  const form = useForm<Values>({
    mode: 'onChange',
    resolver: zodResolver(stepSchema(step)) as never,
    defaultValues: Object.fromEntries(
      items.map((item) => [item.id, structuredClone(incident.answers[item.id]?.value ?? emptyValue(item))]),
    ),
  });
  useAutosave({ incidentId: incident.id, recorder: incident.recorder, items, answers: incident.answers, form, readOnly });
  const errors = form.formState.errors;

  return (
    <FormProvider {...form}>
      <div className="step-body">
        <form className="step-inputs" noValidate onSubmit={(e) => e.preventDefault()}>
          <fieldset disabled={readOnly} className="plain">
            {step.sections.map((section) => (
              <section key={section.id} className={`section section-${section.layout ?? 'plain'}`}>
                <h3 className="section-header">{t(keys.header(section.header))}</h3>
                {section.items.map((item) => {
                  const answer = incident.answers[item.id];
                  const labelId = `label-${item.id}`;
                  const na = answer?.na !== undefined;
                  return (
                    <FieldFrame
                      key={item.id}
                      item={item}
                      labelId={labelId}
                      status={itemStatus(item, answer)}
                      error={errors[item.id]?.message as string | undefined}
                      footer={
                        <NotApplicable
                          incidentId={incident.id}
                          itemId={item.id}
                          reason={answer?.na}
                          recorder={incident.recorder}
                          readOnly={readOnly}
                        />
                      }
                    >
                      <FieldEdit item={item} labelId={labelId} disabled={readOnly || na} recorder={incident.recorder} />
                    </FieldFrame>
                  );
                })}
              </section>
            ))}
          </fieldset>
        </form>
        <GuidancePanel step={step} />
      </div>
    </FormProvider>
  );
}
