import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PPC_DRAFT_ITEM, ppcItemText, ppcPrefill } from '@/checklist/ppc-draft';
import './ppc-draft.css';
import { PPC_ITEMS, type Answer, type PpcDraft, type PpcItemId, type ReportLogValue, type Step } from '@/checklist/types';

const EMPTY: PpcDraft = { stage: 'sokuho', items: {} };

/**
 * The draft of the PPC report on 【2-13】: the nine items of 施行規則第8条第1項,
 * each drawn from named answers (元の回答) and editable, 速報 or 確報, each
 * copied to the clipboard for the PPC's web form, and printed. Edits are kept
 * in the step's report log (ReportLogValue.ppcDraft), so they save as typed.
 */
export function PpcDraftPanel({ step, answers, readOnly }: { step: Step; answers: Record<string, Answer>; readOnly: boolean }) {
  const holds = step.sections.some((s) => s.items.some((i) => i.id === PPC_DRAFT_ITEM));
  return holds ? <Panel answers={answers} readOnly={readOnly} /> : null;
}

function Panel({ answers, readOnly }: { answers: Record<string, Answer>; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const ctx = { t, lang: i18n.language };
  const { field } = useController({ name: PPC_DRAFT_ITEM });
  const value = field.value as ReportLogValue;
  const draft = value.ppcDraft ?? EMPTY;
  const headingId = useId();
  const [copied, setCopied] = useState<{ id: PpcItemId; ok: boolean } | null>(null);
  const setDraft = (next: PpcDraft) => field.onChange({ ...value, ppcDraft: next });
  const setItem = (id: PpcItemId, text: string | undefined) => {
    const items = { ...draft.items };
    if (text === undefined) delete items[id];
    else items[id] = text;
    setDraft({ ...draft, items });
  };
  const textOf = (id: PpcItemId) => ppcItemText(id, draft, answers, ctx);
  const copy = async (id: PpcItemId) => {
    try {
      await navigator.clipboard.writeText(textOf(id));
      setCopied({ id, ok: true });
    } catch {
      setCopied({ id, ok: false });
    }
  };
  const print = () =>
    printDraft(
      t('ppcDraft.title', { stage: t(`reportLog.type.${draft.stage}`) }),
      PPC_ITEMS.map((id, i) => ({ heading: `${i + 1}. ${t(`ppcDraft.item.${id}`)}`, text: textOf(id) }))
        .filter((entry) => draft.stage === 'kakuho' || entry.text.trim() !== '')
        .map((entry) => ({ ...entry, text: entry.text.trim() || t('ppcDraft.empty') })),
    );

  return (
    <section className="ppc-draft section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-header">
        {t('ppcDraft.heading')}
      </h3>
      <p className="field-hint">{t('ppcDraft.intro')}</p>
      <div className="field-pair">
        <span aria-hidden="true">{t('ppcDraft.stage')}</span>
        <div role="radiogroup" aria-label={t('ppcDraft.stage')} className="choice-row">
          {(['sokuho', 'kakuho'] as const).map((stage) => (
            <label key={stage} className="choice">
              <input
                type="radio"
                name="ppc-draft-stage"
                checked={draft.stage === stage}
                disabled={readOnly}
                onChange={() => setDraft({ ...draft, stage })}
              />
              <span>{t(`reportLog.type.${stage}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <p className="field-hint">{t(`ppcDraft.stageHint.${draft.stage}`)}</p>
      <ol className="ppc-draft-items">
        {PPC_ITEMS.map((id, index) => {
          const prefill = ppcPrefill(id, answers, ctx);
          const text = draft.items[id] ?? prefill.text;
          const edited = draft.items[id] !== undefined;
          const missing = text.trim() === '';
          return (
            <li key={id} className="table-row ppc-draft-item">
              <label htmlFor={`${headingId}-${id}`} className="ppc-draft-label">
                <strong>
                  <span aria-hidden="true">{index + 1}. </span>
                  {t(`ppcDraft.item.${id}`)}
                </strong>
              </label>
              <textarea id={`${headingId}-${id}`} className="grow" value={text} disabled={readOnly} onChange={(e) => setItem(id, e.target.value)} />
              <p className="field-hint">
                {prefill.sources.length
                  ? t('ppcDraft.sources', { list: prefill.sources.map((s) => s.label).join(t('reportLog.join')) })
                  : t('ppcDraft.noSources')}
                {edited && ` ${t('ppcDraft.edited')}`}
              </p>
              {missing && <p className={draft.stage === 'kakuho' ? 'owed-note' : 'field-hint'}>{t(`ppcDraft.missing.${draft.stage}`)}</p>}
              <div className="report-actions">
                <button type="button" className="button-small" disabled={missing} onClick={() => void copy(id)}>
                  {t('ppcDraft.copy', { item: t(`ppcDraft.item.${id}`) })}
                </button>
                {edited && !readOnly && (
                  <button type="button" className="button-small button-quiet" onClick={() => setItem(id, undefined)}>
                    {t('ppcDraft.reset')}
                  </button>
                )}
                <span role="status">{copied?.id === id ? t(copied.ok ? 'ppcDraft.copied' : 'ppcDraft.copyFailed') : ''}</span>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button-small" onClick={print}>
        {t('ppcDraft.print')}
      </button>
    </section>
  );
}

/** Prints the draft alone, from a hidden frame of the same origin (no request leaves the app). */
function printDraft(title: string, entries: { heading: string; text: string }[]) {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.append(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) {
    frame.remove();
    return;
  }
  doc.title = title;
  const h1 = doc.createElement('h1');
  h1.textContent = title;
  doc.body.append(h1);
  for (const entry of entries) {
    const h2 = doc.createElement('h2');
    h2.textContent = entry.heading;
    const p = doc.createElement('p');
    p.style.whiteSpace = 'pre-wrap';
    p.textContent = entry.text;
    doc.body.append(h2, p);
  }
  win.addEventListener('afterprint', () => frame.remove());
  win.focus();
  win.print();
}
