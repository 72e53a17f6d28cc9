import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidentList } from '@/db/hooks';
import { formatDateTime } from '@/lib/dates';
import { MIN_PASSPHRASE_LENGTH, passphraseTooShort } from './crypto';
import { exportToFile, type ExportOutcome } from './export-file';
import { isolate } from '@/lib/bidi';

const ALL = '';

/** Export all incidents or one, optionally encrypted with a passphrase (typed twice). */
export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const list = useIncidentList();
  const incidents = (list ?? []).flatMap((r) => (r.ok ? [r.incident] : []));
  const [target, setTarget] = useState(ALL);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldError, setFieldError] = useState<'passphraseTooShort' | 'passphraseMismatch' | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const problem = !encrypt ? null : passphraseTooShort(passphrase) ? 'passphraseTooShort' : passphrase !== confirm ? 'passphraseMismatch' : null;
    setFieldError(problem);
    if (problem) return;
    setBusy(true);
    setOutcome(await exportToFile({ ...(target !== ALL && { incidentId: target }), ...(encrypt && { passphrase }) }));
    setBusy(false);
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="panel">
      <h3 id={`${ids}-heading`}>{t('transfer.export.heading')}</h3>
      <p>{t('transfer.export.help')}</p>
      <form className="transfer-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="transfer-field">
          <span>{t('transfer.export.target')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={ALL}>{t('transfer.export.all', { count: incidents.length })}</option>
            {incidents.map((row) => (
              <option key={row.id} value={row.id}>
                {t('transfer.export.option', { title: isolate(row.title), date: formatDateTime(row.detectedAt, i18n.language) })}
              </option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
          <span>{t('transfer.export.encrypt')}</span>
        </label>
        {encrypt ? (
          <>
            <p className="warning-box">{t('transfer.export.encryptHelp')}</p>
            <label className="transfer-field">
              <span>{t('transfer.export.passphrase', { min: MIN_PASSPHRASE_LENGTH })}</span>
              <input
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                aria-invalid={fieldError === 'passphraseTooShort'}
              />
            </label>
            <label className="transfer-field">
              <span>{t('transfer.export.passphraseConfirm')}</span>
              <input
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
                aria-invalid={fieldError === 'passphraseMismatch'}
              />
            </label>
            {fieldError && (
              <span className="field-error" role="alert">
                {t(`transfer.export.${fieldError}`, { min: MIN_PASSPHRASE_LENGTH })}
              </span>
            )}
          </>
        ) : (
          <p className="warning-box">{t('transfer.export.plainWarning')}</p>
        )}
        <button type="submit" className="button button-primary" disabled={busy || list === undefined}>
          {busy ? t('transfer.export.working') : t('transfer.export.submit')}
        </button>
      </form>
      <ExportMessage outcome={outcome} />
    </section>
  );
}

/** What the last export did; shared with the header button. */
export function ExportMessage({ outcome }: { outcome: ExportOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  const skipped = outcome.skipped > 0 && <span> {t('transfer.export.skipped', { count: outcome.skipped })}</span>;
  return outcome.ok ? (
    <p role="status">
      {t('transfer.export.done', { count: outcome.count, fileName: outcome.fileName })}
      {skipped}
    </p>
  ) : (
    <p className="field-error" role="alert">
      {t(`transfer.errors.${outcome.error}`)}
      {skipped}
    </p>
  );
}
