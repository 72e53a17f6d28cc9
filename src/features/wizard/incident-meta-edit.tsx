import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstProblem, isoDateTimeSchema, titleSchema } from '@/checklist/schema';
import type { IncidentRow } from '@/db/types';
import { queueFor } from '@/saving/save-queue';
import { DateTimeInput } from '@/fields/datetime-input';
import { isoToJstText, parseJstText } from '@/lib/dates';
import { useEscape } from './use-escape';

/**
 * Correcting the title or the detected-at time, inline. Saved as typed, like
 * every answer; the change is logged (one line per burst of typing).
 */
export function IncidentMetaEdit({ incident, onDone }: { incident: IncidentRow; onDone: () => void }) {
  const { t } = useTranslation();
  // What this form starts from is the base of its first change (see save-queue.ts).
  const [queue] = useState(() => {
    const q = queueFor(incident.id);
    q.seen('title', incident.title);
    q.seen('detectedAt', incident.detectedAt);
    return q;
  });
  useEffect(
    () => () => {
      // What could not be stored leaves the screen with the form (closed, or the incident completed).
      queue.forget('title');
      queue.forget('detectedAt');
    },
    [queue],
  );
  const titleErrorId = useId();
  const dateErrorId = useId();
  const dateId = useId();
  const [title, setTitle] = useState(incident.title);
  const [detectedAt, setDetectedAt] = useState(isoToJstText(incident.detectedAt));
  const [errors, setErrors] = useState<{ title?: string; detectedAt?: string }>({});

  const typeTitle = (value: string) => {
    setTitle(value);
    const problem = firstProblem(titleSchema, value) ?? undefined;
    setErrors((e) => ({ ...e, title: problem }));
    if (problem) queue.refuse('title', 'save.reason.invalidInput');
    else void queue.put({ kind: 'title', title: value });
  };
  const typeDetectedAt = (value: string) => {
    setDetectedAt(value);
    const iso = parseJstText(value);
    // The database's own date rule too: a date it reads must be an ISO date-time it stores.
    const problem = !iso ? 'validation.invalidDate' : (firstProblem(isoDateTimeSchema, iso) ?? undefined);
    setErrors((e) => ({ ...e, detectedAt: problem }));
    if (problem) queue.refuse('detectedAt', 'save.reason.invalidInput');
    else if (iso) void queue.put({ kind: 'detectedAt', detectedAt: iso });
  };
  const close = () => {
    // What could not be stored leaves the screen: the stored values show again.
    queue.forget('title');
    queue.forget('detectedAt');
    onDone();
  };

  // Escape anywhere in the form closes it; the focus goes back to 件名・検知日時を修正.
  const form = useEscape<HTMLFormElement>(close);

  return (
    <form
      ref={form}
      className="meta-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!errors.title && !errors.detectedAt) close();
      }}
    >
      <label>
        <span>{t('incident.title')}</span>
        <input
          type="text"
          value={title}
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? titleErrorId : undefined}
          onChange={(e) => typeTitle(e.target.value)}
        />
      </label>
      {errors.title && (
        <p id={titleErrorId} className="field-error" role="alert">
          {t(errors.title)}
        </p>
      )}
      <label htmlFor={dateId}>
        {t('incident.detectedAt')} ({t('dates.jst')})
      </label>
      <DateTimeInput
        id={dateId}
        text={detectedAt}
        onText={typeDetectedAt}
        value={parseJstText(detectedAt) ?? ''}
        onChange={() => undefined}
        disabled={false}
      />
      {/* Text that is no date-time has its message under the field already. */}
      {errors.detectedAt && parseJstText(detectedAt) !== null && (
        <p id={dateErrorId} className="field-error" role="alert">
          {t(errors.detectedAt)}
        </p>
      )}
      <p className="field-hint">{t('incident.metaHint')}</p>
      <div className="button-row">
        <button type="submit" className="button-small button-primary">
          {t('incident.metaDone')}
        </button>
      </div>
    </form>
  );
}
