import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '@/db/incidents';
import { applyImport, planImport, type ImportDecision, type ImportPlan, type ImportProblem, type ImportSummary } from '@/db/transfer';
import { trackSave } from '@/saving/save-status';
import { openTransferText, readTransferFile, type TransferErrorKey, type TransferFile } from './format';
import { ImportPreview } from './import-preview';
import { ImportSummaryView } from './import-summary';
import { Isolated, mark } from './isolated';
import { describeProblem } from './problem-text';

export type ImportErrorKey = TransferErrorKey | 'databaseUnavailable' | 'importFailed';

type State =
  | { step: 'idle' }
  | { step: 'busy'; what: 'reading' | 'decrypting' }
  | { step: 'error'; error: ImportErrorKey; problems?: ImportProblem[] }
  | { step: 'passphrase'; text: string; error?: ImportErrorKey }
  | { step: 'preview'; file: TransferFile; plan: ImportPlan }
  | { step: 'done'; summary: ImportSummary };

/**
 * Choose a file → (passphrase) → preview with a choice per conflict → 取り込む
 * → summary. Nothing is written before 取り込む, and a refused file writes nothing.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const ids = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [chosen, setChosen] = useState('');
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({});
  const [applying, setApplying] = useState(false);
  // Choosing another file while one is being read makes the first one's result stale.
  const request = useRef(0);

  const openText = async (text: string, passphrase: string | undefined, current: number) => {
    const parsed = await openTransferText(text, passphrase);
    if (current !== request.current) return;
    if (!parsed.ok && (parsed.error === 'passphraseRequired' || (passphrase && parsed.error === 'wrongPassphraseOrTampered'))) {
      return setState({ step: 'passphrase', text, ...(passphrase && { error: parsed.error }) });
    }
    if (!parsed.ok) return setState({ step: 'error', error: parsed.error, ...(parsed.problems && { problems: parsed.problems }) });
    try {
      const plan = await planImport(parsed.file);
      if (current === request.current) setState({ step: 'preview', file: parsed.file, plan });
    } catch {
      if (current === request.current) setState({ step: 'error', error: 'databaseUnavailable' });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const current = ++request.current;
    setChosen(file.name);
    setDecisions({});
    setState({ step: 'busy', what: 'reading' });
    const read = await readTransferFile(file);
    if (current !== request.current) return;
    if (!read.ok) return setState({ step: 'error', error: read.error });
    await openText(read.text, undefined, current);
  };

  const decrypt = async (event: FormEvent<HTMLFormElement>, text: string) => {
    event.preventDefault();
    const passphrase = new FormData(event.currentTarget).get('passphrase');
    if (typeof passphrase !== 'string' || passphrase === '') return setState({ step: 'passphrase', text, error: 'passphraseRequired' });
    setState({ step: 'busy', what: 'decrypting' });
    await openText(text, passphrase, request.current);
  };

  const apply = async (file: TransferFile) => {
    setApplying(true);
    try {
      const summary = await trackSave(() => applyImport(file, decisions));
      setState({ step: 'done', summary });
    } catch (error) {
      setState({ step: 'error', error: error instanceof ValidationError ? 'invalid' : 'importFailed' });
    } finally {
      setApplying(false);
    }
  };

  const reset = () => {
    request.current++;
    setState({ step: 'idle' });
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="panel">
      <h3 id={`${ids}-heading`}>{t('transfer.import.heading')}</h3>
      <p>{t('transfer.import.help')}</p>
      <label className="transfer-field">
        <span>{t('transfer.import.file')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={applying}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = ''; // so choosing the same file again (after fixing it) is noticed
          }}
        />
      </label>
      {chosen && state.step !== 'idle' && <ChosenFile name={chosen} />}
      {state.step === 'busy' && <p role="status">{t(`transfer.import.${state.what}`)}</p>}
      {state.step === 'error' && <ImportError error={state.error} problems={state.problems} />}
      {state.step === 'passphrase' && (
        <form className="transfer-form" onSubmit={(e) => void decrypt(e, state.text)} noValidate>
          <p>{t('transfer.import.passphraseNeeded')}</p>
          <label className="transfer-field">
            <span>{t('transfer.import.passphrase')}</span>
            <input type="password" name="passphrase" autoComplete="off" aria-invalid={!!state.error} />
          </label>
          {state.error && <ImportError error={state.error} />}
          <button type="submit" className="button button-primary">
            {t('transfer.import.decrypt')}
          </button>
        </form>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          file={state.file}
          plan={state.plan}
          decisions={decisions}
          onDecide={(id, decision) => setDecisions((d) => ({ ...d, [id]: decision }))}
          busy={applying}
          onApply={() => void apply(state.file)}
          onCancel={reset}
        />
      )}
      {state.step === 'done' && <ImportSummaryView summary={state.summary} />}
    </section>
  );
}

function ChosenFile({ name }: { name: string }) {
  const { t } = useTranslation();
  const user: string[] = [];
  return (
    <p>
      <Isolated text={t('transfer.import.chosen', { name: mark(user, name) })} user={user} />
    </p>
  );
}

/** Problems shown at most; the rest are summed up in one line. */
const SHOWN_PROBLEMS = 5;

function ImportError({ error, problems }: { error: ImportErrorKey; problems?: ImportProblem[] | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="warning-box" role="alert">
      <p className="field-error">{t(`transfer.errors.${error}`)}</p>
      <p>{t('transfer.errors.nothingChanged')}</p>
      {problems && problems.length > 0 && (
        <>
          <ul className="import-problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <li key={i}>
                <Isolated {...describeProblem(problem, t, i18n.language)} />
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>{t('transfer.problems.more')}</p>}
          <p>{t('transfer.problems.wholeFile')}</p>
        </>
      )}
    </div>
  );
}
