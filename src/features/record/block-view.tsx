import { UserText } from '@/components/user-text';
import type { ReadBlock } from '@/checklist/kinds/read-blocks';

/** One answer block as HTML; empty values in the blank checklist become lines to write on. */
export function BlockView({ block }: { block: ReadBlock }) {
  switch (block.kind) {
    case 'lines':
      return (
        <div className="block-lines">
          {block.lines.map((line, i) => (
            <p key={i} className={line ? undefined : 'write-line'}>
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

function Pairs({ pairs }: { pairs: { label: string; value: string }[] }) {
  return (
    <dl className="block-pairs">
      {pairs.map((p, i) => (
        <div key={i}>
          <dt>{p.label}</dt>
          <dd className={p.value ? undefined : 'write-line'}>
            <UserText>{p.value}</UserText>
          </dd>
        </div>
      ))}
    </dl>
  );
}
