import { useTranslation } from 'react-i18next';
import type { RecordDoc, RecordItem, RecordSection, RecordStep } from './record-model';
import { ActivityTimeline } from './activity-timeline';
import { BlockView } from './block-view';

/** The whole incident as the manual lays it out: the page that is printed. */
export function RecordView({ doc }: { doc: RecordDoc }) {
  const { t } = useTranslation();
  return (
    <article className={doc.blank ? 'record record-blank' : 'record'}>
      <header className="record-head">
        <p className="record-kind">{t(doc.blank ? 'record.blankKind' : 'record.kind')}</p>
        <h1>{doc.title || <span className="write-line" />}</h1>
        <dl className="record-facts">
          {doc.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd className={f.value ? undefined : 'write-line'}>{f.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {doc.phases.map((phase) => (
        <section key={phase.id} className="record-phase" aria-labelledby={`rp-${phase.id}`}>
          <h2 id={`rp-${phase.id}`}>
            {phase.title}
            {!doc.blank && <OpenCount open={phase.progress.open} />}
          </h2>
          {phase.steps.map((step) => (
            <StepRecord key={step.code} step={step} blank={doc.blank} />
          ))}
        </section>
      ))}
      {!doc.blank && <ActivityTimeline rows={doc.activity} />}
    </article>
  );
}

function OpenCount({ open }: { open: number }) {
  const { t } = useTranslation();
  return <span className={open ? 'record-open-count' : 'record-open-count done'}>{open ? t('progress.open', { count: open }) : t('progress.allDone')}</span>;
}

function StepRecord({ step, blank }: { step: RecordStep; blank: boolean }) {
  return (
    <section className="record-step" aria-label={`【${step.code}】${step.title}`}>
      <h3>
        【{step.code}】{step.title}
        {!blank && <OpenCount open={step.progress.open} />}
      </h3>
      {step.guidance.length > 0 && (
        <ul className="record-guidance">
          {step.guidance.map((g, i) => (
            <li key={i} className={`guidance-${g.kind}`}>
              {g.text}
            </li>
          ))}
        </ul>
      )}
      {step.sections.map((section) => (
        <SectionRecord key={section.id} section={section} blank={blank} />
      ))}
    </section>
  );
}

function SectionRecord({ section, blank }: { section: RecordSection; blank: boolean }) {
  const { t } = useTranslation();
  if (section.hearing) {
    return (
      <div className="record-section">
        <h4>{section.header}</h4>
        <table className="hearing-table">
          <thead>
            <tr>
              <th scope="col">{t('checklist.hearing.item')}</th>
              <th scope="col">{t('checklist.hearing.content')}</th>
              {blank && <th scope="col">{t('checklist.hearing.point')}</th>}
            </tr>
          </thead>
          <tbody>
            {section.items.map((item) => (
              <tr key={item.id} data-item={item.id}>
                <th scope="row">{item.label}</th>
                <td>
                  <ItemValue item={item} blank={blank} />
                </td>
                {blank && (
                  <td className="record-notes">
                    {item.notes.map((n) => (
                      <p key={n.note}>
                        <strong>{n.label}</strong> {n.text}
                      </p>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="record-section">
      <h4>{section.header}</h4>
      <dl className="record-items">
        {section.items.map((item) => (
          <div key={item.id} className={`record-item record-item-${item.status}`} data-item={item.id}>
            <dt>
              {item.label}
              {item.proposed && <span className="record-proposed">{t('proposed.label')}</span>}
            </dt>
            <dd>
              <ItemValue item={item} blank={blank} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ItemValue({ item, blank }: { item: RecordItem; blank: boolean }) {
  const { t } = useTranslation();
  if (item.na !== undefined) {
    return (
      <p className="record-na">
        <strong>{t('na.label')}</strong> {t('na.reason')}: {item.na}
      </p>
    );
  }
  if (!item.block) return <p className="record-open">{t('record.open')}</p>;
  return (
    <>
      {!blank && item.status === 'open' && <p className="record-open">{t('record.incomplete')}</p>}
      <BlockView block={item.block} />
      {!blank && item.updated && <p className="record-updated">{t('record.updated', { when: item.updated })}</p>}
    </>
  );
}
