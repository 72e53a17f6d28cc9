import { UserText } from '@/components/user-text';
import type { RecordBlock, RecordPair } from './record-block';

/**
 * One answer block as HTML. In the blank checklist, empty values are lines to
 * write on; in a filled-in record they are 未記入 (marked `missing` by the
 * model) and an empty line of a text is only the gap the writer left.
 */
export function BlockView({ block, blank }: { block: RecordBlock; blank: boolean }) {
  switch (block.kind) {
    case 'lines':
      return (
        <div className="block-lines">
          {block.lines.map((line, i) => (
            <p key={i} className={line ? undefined : blank ? 'write-line' : 'block-empty-line'}>
              <UserText>{line}</UserText>
            </p>
          ))}
        </div>
      );
    case 'checks':
      return (
        <ul className="block-checks">
          {block.checks.map((c, i) => (
            <li key={i}>
              <span aria-hidden="true">{c.checked ? '☑' : '☐'}</span> {c.label}
              {c.hint && <strong className="record-hint"> → {c.hint}</strong>}
            </li>
          ))}
          {block.other !== undefined && (
            <li className="block-other">
              <UserText>{block.other}</UserText>
            </li>
          )}
        </ul>
      );
    case 'pairs':
      return <Pairs pairs={block.pairs} />;
    case 'rows':
      return (
        <div className="block-rows">
          {block.rows.map((row, i) => (
            <div key={i} className="block-row">
              <p className="block-row-title">{row.title ? <UserText>{row.title}</UserText> : <span className="write-line" />}</p>
              <Pairs pairs={row.pairs} />
            </div>
          ))}
        </div>
      );
  }
}

function Pairs({ pairs }: { pairs: RecordPair[] }) {
  return (
    <dl className="block-pairs">
      {pairs.map((p, i) => (
        <div key={i}>
          <dt>{p.label}</dt>
          {p.missing ? (
            <dd className="record-missing">{p.value}</dd>
          ) : (
            <dd className={p.value ? undefined : 'write-line'}>
              <UserText>{p.value}</UserText>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
