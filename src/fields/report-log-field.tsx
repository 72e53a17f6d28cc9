import { useEffect, useId, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { authorityName, isCustomAuthority, newCustomAuthority } from '@/checklist/kinds/report-log';
import { REPORT_METHODS, REPORT_TYPES, type AuthorityLog, type ReportEntry, type ReportLogValue } from '@/checklist/types';
import { UserText } from '@/components/user-text';
import { isolate } from '@/lib/bidi';
import { nowIso } from '@/lib/dates';
import { deepEqual } from '@/lib/equal';
import { loadLegalWording } from '@/i18n';
import { DateTimeInput } from './datetime-input';
import type { EditProps } from './field-props';
import { oneLineKeys } from './grow';
import { TriStateRadios } from './tri-state-field';

/** What a deletion replaced, undone only while the log is still what it left. */
type Removed = { name: string; before: ReportLogValue; after: ReportLogValue };

/**
 * A report log: per authority a card with 必要か, its reports (each an
 * editable form: type, when, by, how, counterpart, 受付番号, what was sent),
 * 「報告を記録」 and a 備考; 「報告先を追加」 adds an authority of the user's.
 * Every change goes to the form as typed, so the save queue saves it like any answer.
 */
/**
 * The authorities' names live in legal.json, which loads only where it is
 * shown (not with every page): this step asks for it and draws again once it is in.
 */
function useLegalWording(): void {
  const { i18n } = useTranslation();
  const [, setLoaded] = useState(() => i18n.exists('legal.authorities.ppc.name'));
  useEffect(() => {
    if (i18n.exists('legal.authorities.ppc.name')) return;
    let live = true;
    void loadLegalWording().then(
      () => live && setLoaded(true),
      () => undefined, // offline without the file: the names show as their ids; nothing else depends on it
    );
    return () => {
      live = false;
    };
  }, [i18n, i18n.language]);
}

export function ReportLogEdit({ item, labelId, disabled, recorder }: EditProps<'reportLog'>) {
  useLegalWording();
  const { t } = useTranslation();
  const { field } = useController({ name: item.id });
  const value = field.value as ReportLogValue;
  const root = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const change = (next: ReportLogValue) => {
    setRemoved(null);
    field.onChange(next);
  };
  const setAuthority = (index: number, patch: Partial<AuthorityLog>) =>
    change({ authorities: value.authorities.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  const setReport = (index: number, reportIndex: number, patch: Partial<ReportEntry>) =>
    setAuthority(index, { reports: value.authorities[index]!.reports.map((r, j) => (j === reportIndex ? { ...r, ...patch } : r)) });
  const focusLater = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

  const addReport = (index: number) => {
    const authority = value.authorities[index]!;
    const report: ReportEntry = {
      id: crypto.randomUUID(),
      type: authority.reports.length === 0 ? 'sokuho' : 'additional',
      at: nowIso(),
      by: recorder,
      method: authority.id === 'ppc' ? 'web' : 'phone',
      counterpart: '',
      receiptNo: '',
      sent: '',
    };
    setAuthority(index, { reports: [...authority.reports, report] });
    focusLater(`[data-report="${report.id}"] input[type="radio"]:checked`);
  };
  const addAuthority = () => {
    const authority = newCustomAuthority();
    change({ authorities: [...value.authorities, authority] });
    focusLater(`[data-authority="${authority.id}"] input[type="text"]`);
  };
  const remove = (name: string, after: ReportLogValue) => {
    field.onChange(after);
    setRemoved({ name, before: value, after });
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undoable = removed !== null && deepEqual(removed.after, value) ? removed : null;

  return (
    <div ref={root} role="group" aria-labelledby={labelId} className="table-field report-log">
      {value.authorities.map((authority, index) => {
        const name = authorityName(authority, t);
        const custom = isCustomAuthority(authority.id);
        return (
          <fieldset key={authority.id} className="table-row report-authority" data-authority={authority.id}>
            <legend>{custom ? <UserText>{name}</UserText> : name}</legend>
            {custom && (
              <label className="field-pair">
                <span>{t('reportLog.customName')}</span>
                <input type="text" value={authority.name ?? ''} disabled={disabled} onChange={(e) => setAuthority(index, { name: e.target.value })} />
              </label>
            )}
            <div className="field-pair">
              <span aria-hidden="true">{t('reportLog.required')}</span>
              <TriStateRadios
                name={`${item.id}-${index}-required`}
                label={t('reportLog.requiredOf', { name: isolate(name) })}
                value={authority.required}
                disabled={disabled}
                onChange={(required) => setAuthority(index, { required: required as AuthorityLog['required'] })}
              />
            </div>
            {authority.required === 'yes' && authority.reports.length === 0 && <p className="owed-note">{t('reportLog.owed')}</p>}
            {authority.reports.map((report, j) => (
              <ReportForm
                key={report.id}
                report={report}
                title={t('reportLog.reportOf', { n: j + 1, name: isolate(name) })}
                disabled={disabled}
                onChange={(patch) => setReport(index, j, patch)}
                onRemove={() =>
                  remove(t('reportLog.reportOf', { n: j + 1, name: isolate(name) }), {
                    authorities: value.authorities.map((a, i) => (i === index ? { ...a, reports: a.reports.filter((_, k) => k !== j) } : a)),
                  })
                }
              />
            ))}
            <label className="field-pair">
              <span>{t('reportLog.note')}</span>
              <textarea rows={1} className="grow one-line" value={authority.note ?? ''} disabled={disabled} onChange={(e) => setAuthority(index, { note: e.target.value })} />
            </label>
            <div className="report-actions">
              <button type="button" className="button-small" disabled={disabled} onClick={() => addReport(index)}>
                {t('reportLog.addReport', { name: isolate(name) })}
              </button>
              {custom && (
                <button
                  type="button"
                  className="button-small button-quiet"
                  disabled={disabled}
                  onClick={() => remove(name, { authorities: value.authorities.filter((_, i) => i !== index) })}
                >
                  {t('reportLog.removeAuthority', { name: isolate(name) })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      {undoable && !disabled && (
        <p className="table-undo" role="status">
          <span>{t('reportLog.removed', { name: isolate(undoable.name) })}</span>{' '}
          <button ref={undoButton} type="button" className="button-small" onClick={() => change(undoable.before)}>
            {t('table.undo')}
          </button>
        </p>
      )}
      <button type="button" className="button-small" disabled={disabled} onClick={addAuthority}>
        {t('reportLog.addAuthority')}
      </button>
    </div>
  );
}

function ReportForm(props: {
  report: ReportEntry;
  title: string;
  disabled: boolean;
  onChange: (patch: Partial<ReportEntry>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { report, disabled, onChange } = props;
  const id = useId();
  const text = (key: 'by' | 'counterpart' | 'receiptNo') => (
    <label className="field-pair">
      <span>{t(`reportLog.field.${key}`)}</span>
      <textarea rows={1} className="grow one-line" value={report[key]} disabled={disabled} onKeyDown={oneLineKeys} onChange={(e) => onChange({ [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset className="table-row report-entry" data-report={report.id}>
      <legend>{props.title}</legend>
      <Choices name={`${id}-type`} label={t('reportLog.field.type')} options={REPORT_TYPES} prefix="reportLog.type" value={report.type} disabled={disabled} onChange={(type) => onChange({ type })} />
      <div className="field-pair">
        <span aria-hidden="true">{t('reportLog.field.at')}</span>
        <DateTimeInput value={report.at} onChange={(at) => onChange({ at })} disabled={disabled} label={t('reportLog.field.at')} />
      </div>
      {text('by')}
      <Choices name={`${id}-method`} label={t('reportLog.field.method')} options={REPORT_METHODS} prefix="reportLog.method" value={report.method} disabled={disabled} onChange={(method) => onChange({ method })} />
      {text('counterpart')}
      {text('receiptNo')}
      <label className="field-pair">
        <span>{t('reportLog.field.sent')}</span>
        <textarea rows={2} className="grow" value={report.sent} disabled={disabled} onChange={(e) => onChange({ sent: e.target.value })} />
      </label>
      <button type="button" className="button-small button-quiet" disabled={disabled} onClick={props.onRemove}>
        {t('reportLog.removeReport', { name: props.title })}
      </button>
    </fieldset>
  );
}

function Choices<T extends string>(props: {
  name: string;
  label: string;
  options: readonly T[];
  prefix: string;
  value: T;
  disabled: boolean;
  onChange: (value: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-pair">
      <span aria-hidden="true">{props.label}</span>
      <div role="radiogroup" aria-label={props.label} className="choice-row">
        {props.options.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={props.name} value={option} checked={props.value === option} disabled={props.disabled} onChange={() => props.onChange(option)} />
            <span>{t(`${props.prefix}.${option}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
