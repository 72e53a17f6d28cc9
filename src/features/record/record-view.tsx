import type { CSSProperties } from 'react';
import { UserText } from '@/components/user-text';
import type { RecordLabels } from './record-labels';
import type { RecordDoc, RecordItem, RecordSection, RecordStep } from './record-model';
import { ActivityTimeline } from './activity-timeline';
import { BlockView } from './block-view';
import { recordCssVars } from './record-tokens';
import { stepLabel } from '@/checklist/step-label';

/** The colours, widths and distances the record shares with the PDF, for record.css. */
const recordStyle = recordCssVars() as CSSProperties;

/** The whole incident as the manual lays it out: the page that is printed. */
export function RecordView({ doc }: { doc: RecordDoc }) {
  return (
    <article className={doc.blank ? 'record record-blank' : 'record'} style={recordStyle}>
      <header className="record-head">
        <p className="record-kind">{doc.labels.kind}</p>
        <p className="record-hospital">
          <span>{doc.hospital}</span>
          <span className="write-line" />
        </p>
        <h1>{doc.title ? <UserText>{doc.title}</UserText> : <span className="write-line" />}</h1>
        <dl className="record-facts">
          {doc.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd className={f.value ? undefined : 'write-line'}>
                <UserText>{f.value}</UserText>
              </dd>
            </div>
          ))}
        </dl>
      </header>
      {doc.summary && (
        <section className="record-summary" aria-labelledby="record-summary-heading">
          <h2 id="record-summary-heading">{doc.summary.heading}</h2>
          {doc.summary.sections.map((section) => (
            <SectionRecord key={section.id} section={section} blank={false} labels={doc.labels} heading="h3" />
          ))}
        </section>
      )}
      {doc.phases.map((phase) => (
        <section key={phase.id} className="record-phase" aria-labelledby={`rp-${phase.id}`}>
          <h2 id={`rp-${phase.id}`}>
            {phase.title}
            {!doc.blank && <OpenCount open={phase.progress.open} labels={doc.labels} />}
          </h2>
          {phase.steps.map((step) => (
            <StepRecord key={step.code} step={step} blank={doc.blank} labels={doc.labels} />
          ))}
        </section>
      ))}
      {!doc.blank && <ActivityTimeline rows={doc.activity} labels={doc.labels} />}
    </article>
  );
}

function OpenCount({ open, labels }: { open: number; labels: RecordLabels }) {
  return <span className={open ? 'record-open-count' : 'record-open-count done'}>{labels.openCount(open)}</span>;
}

type Props = { blank: boolean; labels: RecordLabels };

function StepRecord({ step, blank, labels }: Props & { step: RecordStep }) {
  return (
    <section className="record-step" aria-label={stepLabel(step.code, step.title)}>
      <h3>
        {stepLabel(step.code, step.title)}
        {!blank && <OpenCount open={step.progress.open} labels={labels} />}
      </h3>
      {step.guidance.length > 0 && (
        <ul className="record-guidance">
          {step.guidance.map((g, i) => (
            <li key={i} className={`guidance-${g.kind}`}>
              {g.bullet && <span className="record-bullet">{g.bullet} </span>}
              {g.text}
            </li>
          ))}
        </ul>
      )}
      {step.sections.map((section) => (
        <SectionRecord key={section.id} section={section} blank={blank} labels={labels} />
      ))}
    </section>
  );
}

/** `heading`: h4 under a step's h3; the summary, under its h2, uses h3 (styled as h4). */
function SectionRecord({ section, blank, labels, heading: Heading = 'h4' }: Props & { section: RecordSection; heading?: 'h3' | 'h4' }) {
  if (section.hearing) {
    return (
      <div className="record-section">
        <Heading className="record-section-heading">{section.header}</Heading>
        {section.legend && <p className="record-legend">{section.legend}</p>}
        <table className="hearing-table">
          <thead>
            <tr>
              <th scope="col">{labels.hearing.item}</th>
              <th scope="col">{labels.hearing.content}</th>
              {blank && <th scope="col">{labels.hearing.point}</th>}
            </tr>
          </thead>
          <tbody>
            {section.items.map((item) => (
              <tr key={item.id} data-item={item.id}>
                <th scope="row">{item.label}</th>
                <td>
                  <ItemValue item={item} blank={blank} labels={labels} />
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
      <Heading className="record-section-heading">{section.header}</Heading>
      {section.legend && <p className="record-legend">{section.legend}</p>}
      <dl className="record-items">
        {section.items.map((item) => (
          <div key={item.id} className={`record-item record-item-${item.status}`} data-item={item.id}>
            <dt>
              {item.label}
              {item.proposed && <span className="record-proposed">{labels.proposed}</span>}
            </dt>
            <dd>
              <ItemValue item={item} blank={blank} labels={labels} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ItemValue({ item, blank, labels }: Props & { item: RecordItem }) {
  if (item.na !== undefined) {
    return (
      <p className="record-na">
        <strong>{labels.notApplicable}</strong> {labels.reason}: <UserText>{item.na}</UserText>
      </p>
    );
  }
  if (!item.block) {
    return (
      <>
        <p className="record-open">{labels.open}</p>
        {item.seals && <Seals labels={item.seals} />}
      </>
    );
  }
  return (
    <>
      {!blank && (item.status === 'open' || item.status === 'owed') && <p className="record-open">{labels.incomplete}</p>}
      {item.owed?.map((line) => (
        <p key={line} className="record-open record-owed">
          {line}
        </p>
      ))}
      <BlockView block={item.block} blank={blank} />
      {!blank && item.updated && <p className="record-updated">{labels.updated(item.updated)}</p>}
      {item.seals && <Seals labels={item.seals} />}
    </>
  );
}

/** Boxes to sign or seal an approval in, each with its label at the top. */
function Seals({ labels }: { labels: string[] }) {
  return (
    <div className="record-seals">
      {labels.map((label) => (
        <div key={label} className="record-seal">
          {label}
        </div>
      ))}
    </div>
  );
}
