import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { StatusBadge } from '@/components/status-badge';
import type { ImportDecision, ImportPlan, IncidentSide, PlanItem } from '@/db/transfer';
import { formatDateTime } from '@/lib/dates';
import type { TransferFile } from './format';
import { Isolated, mark } from './isolated';

type Props = {
  file: TransferFile;
  plan: ImportPlan;
  decisions: Record<string, ImportDecision>;
  onDecide: (id: string, decision: ImportDecision) => void;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
};

const CHOICES: ImportDecision[] = ['skip', 'keepNewer', 'keepBoth'];

/** What 取り込む would add and what it could replace, before anything is written. */
export function ImportPreview({ file, plan, decisions, onDecide, busy, onApply, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const of = <K extends PlanItem['kind']>(kind: K) => plan.items.filter((item): item is Extract<PlanItem, { kind: K }> => item.kind === kind);
  const [added, conflicts, same] = [of('new'), of('conflict'), of('same')];

  return (
    <section aria-labelledby={`${ids}-heading`}>
      <h4 id={`${ids}-heading`} ref={heading} tabIndex={-1}>
        {t('transfer.preview.heading')}
      </h4>
      <p>{t('transfer.preview.exportedAt', { date: formatDateTime(file.exportedAt, i18n.language) })}</p>
      {file.app.checklistVersion !== checklist.version && (
        <p className="warning-box">{t('transfer.preview.otherChecklist', { file: file.app.checklistVersion, app: checklist.version })}</p>
      )}
      {added.length > 0 && (
        <Group title={t('transfer.preview.new', { count: added.length })}>
          {added.map((item) => (
            <li key={item.id} className="import-item">
              <Side side={item.incoming} />
            </li>
          ))}
        </Group>
      )}
      {conflicts.length > 0 && (
        <Group title={t('transfer.preview.conflicts', { count: conflicts.length })}>
          {conflicts.map((item) => (
            <li key={item.id} className="import-item import-conflict">
              <Side side={item.incoming} label={t('transfer.preview.inFile')} />
              {item.stored ? <Side side={item.stored} label={t('transfer.preview.onDevice')} /> : <p>{t('transfer.preview.storedUnreadable')}</p>}
              <p>
                <strong>{t(`transfer.preview.newer.${item.newer}`)}</strong>
              </p>
              <fieldset className="plain">
                <legend>
                  <ChoiceLegend title={item.incoming.title} />
                </legend>
                <div className="choice-row">
                  {CHOICES.map((choice) => (
                    <label key={choice} className="choice">
                      <input
                        type="radio"
                        name={`${ids}-${item.id}`}
                        checked={(decisions[item.id] ?? 'skip') === choice}
                        disabled={busy}
                        onChange={() => onDecide(item.id, choice)}
                      />
                      <span>
                        {t(`transfer.preview.decision.${choice}`)}
                        {choice === 'keepNewer' && item.newer !== 'incoming' && ` ${t('transfer.preview.keepNewerNoChange')}`}
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </Group>
      )}
      {same.length > 0 && (
        <Group title={t('transfer.preview.same', { count: same.length })}>
          {same.map((item) => (
            <li key={item.id} className="import-item">
              <Side side={item.incoming} />
            </li>
          ))}
        </Group>
      )}
      <p>{t('transfer.preview.confirm')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onApply}>
          {busy ? t('transfer.import.applying') : t('transfer.import.submit')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onCancel}>
          {t('transfer.import.cancel')}
        </button>
      </div>
    </section>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h5 className="import-group">{title}</h5>
      <ul className="import-list">{children}</ul>
    </>
  );
}

function ChoiceLegend({ title }: { title: string }) {
  const { t } = useTranslation();
  const user: string[] = [];
  return <Isolated text={t('transfer.preview.choice', { title: mark(user, title) })} user={user} />;
}

function Side({ side, label }: { side: IncidentSide; label?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="import-side">
      <p>
        {label && `${label} `}
        <strong>
          <bdi>{side.title}</bdi>
        </strong>{' '}
        <StatusBadge status={side.status} />
      </p>
      <p className="card-meta">
        {t('transfer.preview.sideMeta', {
          detectedAt: formatDateTime(side.detectedAt, i18n.language),
          // With seconds: two copies edited within the same minute must still look different.
          updatedAt: formatDateTime(side.updatedAt, i18n.language, true),
        })}
      </p>
    </div>
  );
}
