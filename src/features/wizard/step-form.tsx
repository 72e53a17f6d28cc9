import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyValue } from '@/checklist/kinds';
import { keys } from '@/checklist/i18n-keys';
import { sectionHasProposed, stepItems } from '@/checklist/lookup';
import { itemStatus } from '@/checklist/progress';
import { stepSchema } from '@/checklist/schema';
import type { Answer, AnswerValue, Item, Step } from '@/checklist/types';
import type { IncidentRow } from '@/db/types';
import { DateTimeQueueContext } from '@/fields/datetime-input';
import { ProposedLegend } from '@/components/proposed-mark';
import { FieldFrame } from '@/fields/field-frame';
import { NotApplicable } from '@/fields/not-applicable';
import { OverwriteNotice } from '@/fields/overwrite-notice';
import { FieldEdit } from '@/fields/registry';
import { GuidancePanel } from './guidance-panel';
import { LegalPanel } from './legal-panel';
import { PpcDraftPanel } from './ppc-draft';
import { StepNotApplicable } from './step-not-applicable';
import { useAutosave } from './use-autosave';

type Values = Record<string, AnswerValue>;

/** One step: its sections of inputs, and the manual's guidance beside them. */
export function StepForm({ step, incident }: { step: Step; incident: IncidentRow }) {
  const { t } = useTranslation();
  const items = useMemo(() => stepItems(step), [step]);
  const resolver = useMemo(() => zodResolver(stepSchema(step)) as never, [step]);
  const readOnly = incident.status === 'completed';
  const form = useForm<Values>({
    mode: 'onChange',
    resolver,
    defaultValues: Object.fromEntries(
      items.map((item) => [item.id, structuredClone(incident.answers[item.id]?.value ?? emptyValue(item))]),
    ),
  });
  useAutosave({ incidentId: incident.id, items, answers: incident.answers, form, readOnly });
  const errors = form.formState.errors;

  return (
    <FormProvider {...form}>
      <DateTimeQueueContext value={readOnly ? null : incident.id}>
        <div className="step-body">
          <form className="step-inputs" noValidate onSubmit={(e) => e.preventDefault()}>
            <fieldset disabled={readOnly} className="plain">
              {step.sections.map((section) => (
                <section key={section.id} className={`section section-${section.layout ?? 'plain'}`}>
                  <h3 className="section-header">{t(keys.header(section.header))}</h3>
                  {sectionHasProposed(section) && <ProposedLegend />}
                  {section.items.map((item) => (
                    <ItemRow
                      key={item.id}
                      item={item}
                      answer={incident.answers[item.id]}
                      error={errors[item.id]?.message as string | undefined}
                      incidentId={incident.id}
                      recorder={incident.recorder}
                      readOnly={readOnly}
                    />
                  ))}
                  {section.id === '2-10.legal' && <LegalPanel incident={incident} />}
                </section>
              ))}
              <PpcDraftPanel step={step} answers={incident.answers} readOnly={readOnly} />
            </fieldset>
            {!readOnly && <StepNotApplicable incidentId={incident.id} items={items} answers={incident.answers} />}
          </form>
          <GuidancePanel step={step} />
        </div>
      </DateTimeQueueContext>
    </FormProvider>
  );
}

type ItemRowProps = {
  item: Item;
  answer: Answer | undefined;
  error: string | undefined;
  incidentId: string;
  recorder: string;
  readOnly: boolean;
};

/**
 * One item with its frame and 対象外 switch. Every save re-reads the incident,
 * so every answer arrives as a new object: a row is drawn again only when its
 * own answer changed (a change always moves updatedAt), not for each keystroke
 * elsewhere in the step. The input itself follows the form state on its own.
 */
const ItemRow = memo(
  function ItemRow({ item, answer, error, incidentId, recorder, readOnly }: ItemRowProps) {
    const labelId = `label-${item.id}`;
    const na = answer?.na !== undefined;
    return (
      <FieldFrame
        item={item}
        labelId={labelId}
        status={itemStatus(item, answer)}
        error={error}
        footer={
          <>
            {answer?.overwritten && !readOnly && <OverwriteNotice incidentId={incidentId} item={item} overwritten={answer.overwritten} />}
            <NotApplicable incidentId={incidentId} itemId={item.id} reason={answer?.na} draft={answer?.naDraft} readOnly={readOnly} />
          </>
        }
      >
        <FieldEdit item={item} labelId={labelId} disabled={readOnly || na} recorder={recorder} />
      </FieldFrame>
    );
  },
  (a, b) =>
    a.item === b.item &&
    a.error === b.error &&
    a.incidentId === b.incidentId &&
    a.recorder === b.recorder &&
    a.readOnly === b.readOnly &&
    a.answer?.updatedAt === b.answer?.updatedAt &&
    a.answer?.updatedBy === b.answer?.updatedBy &&
    a.answer?.na === b.answer?.na &&
    a.answer?.overwritten?.at === b.answer?.overwritten?.at &&
    (a.answer?.overwritten === undefined) === (b.answer?.overwritten === undefined),
);
