import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ITEM_ID, type ContactAnswer } from '@/checklist/legal/decision';
import { parseIndividuals, QUESTION_ITEMS } from '@/checklist/legal-items';
import { legalStatus } from '@/checklist/legal-status';
import { legalText, proposalText } from '@/checklist/legal-text';
import type { IncidentRow } from '@/db/types';
import { loadLegalWording } from '@/i18n';
import './step-extras.css';

const CONTACT_ANSWERS: readonly string[] = ['yes', 'no', 'unknown'];

/**
 * 【2-10】: what the 個人情報保護法 helper makes of the answers so far (the saved
 * ones): the verdict in plain words, the chain of reasons with their
 * sources, what it waits for, the deadlines and the notice duty, and its
 * proposal for 「自治体や個人情報保護委員会への連絡は必要か」 beside the user's
 * own answer. It advises only: it writes nothing.
 */
export function LegalPanel({ incident, now }: { incident: IncidentRow; now?: Date }) {
  const { t, i18n } = useTranslation();
  const [ready, setReady] = useState(() => i18n.exists('legal.verdict.required'));
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadLegalWording().then(
      () => live && setReady(true),
      () => undefined, // offline without the file: the panel stays away; the checklist works on
    );
    return () => {
      live = false;
    };
  }, [ready, i18n.language]);
  const status = useMemo(() => legalStatus(incident, now ?? new Date()), [incident, now]);
  if (!ready) return null;
  const text = legalText(status, t, i18n.language);
  const stored = incident.answers[CONTACT_ITEM_ID];
  const raw = stored?.na === undefined ? stored?.value : undefined;
  const user = (typeof raw === 'string' && CONTACT_ANSWERS.includes(raw) ? raw : '') as ContactAnswer | '';
  const proposal = proposalText(status, user, t);
  const individuals = incident.answers[QUESTION_ITEMS.individuals]?.value;
  const unreadCount = typeof individuals === 'string' && individuals.trim() !== '' && parseIndividuals(individuals) === undefined && !/^(不明|unknown)$/i.test(individuals.trim());
  const verdict = status.decision.verdict;
  return (
    <section className={`legal-panel legal-${verdict}`} aria-labelledby="legal-panel-heading">
      <h4 id="legal-panel-heading">{t('legal.panel.heading')}</h4>
      <p className="legal-verdict" role="status">
        {text.verdict}
      </p>
      <p className={`legal-proposal legal-proposal-${proposal.state}`}>{proposal.text}</p>
      <p className="legal-quiet">{t('legal.proposal.scope')}</p>
      {text.missing.length > 0 && (
        <div className="legal-missing">
          <p>{text.missingHeading}</p>
          <ul>
            {text.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {unreadCount && <p className="field-error">{t('legal.questions.individuals.unread')}</p>}
      <h5>{t('legal.panel.reasons')}</h5>
      <ol className="legal-reasons">
        {text.reasons.map((r, i) => (
          <li key={i}>
            <span>{r.text}</span>
            <small className="legal-source">{r.source}</small>
          </li>
        ))}
      </ol>
      {verdict !== 'notRequired' && (
        <>
          <h5>{t('legal.deadlines.heading')}</h5>
          <p>{text.knownAt}</p>
          <ul className="legal-deadlines">
            {text.deadlines.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          {text.notes.map((n) => (
            <p key={n} className="legal-quiet">
              {n}
            </p>
          ))}
        </>
      )}
      <h5>{t('legal.panel.notice')}</h5>
      {text.notice.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <p className="legal-quiet">
        {t('legal.panel.advice')} {text.provenance}
      </p>
    </section>
  );
}
