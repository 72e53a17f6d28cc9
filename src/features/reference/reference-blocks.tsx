import { useTranslation } from 'react-i18next';
import { checklist } from '@/checklist/definition';
import { keys } from '@/checklist/i18n-keys';
import { referenceKeys as k, type ReferenceBlock, type ReferencePage } from '@/checklist/reference';

/** The id of a reference page's section: #/reference/<page> scrolls to it. */
export const sectionId = (page: string) => `reference-${page}`;

const bullets = { check: '✓', dot: '•', none: '' } as const;

/**
 * One of the manual's reference pages, in the manual's order: its title (h3),
 * sub-headings (h4), sentences, lists, figures redrawn as tables and
 * footnotes with their addresses. Plain HTML, the same on screen and on paper.
 */
export function ReferenceSection({ page, focusRef }: { page: ReferencePage; focusRef?: (el: HTMLElement | null) => void }) {
  const { t } = useTranslation();
  const headingId = `${sectionId(page.id)}-title`;
  return (
    // Named by its label, not its title: two of the manual's pages share one title.
    <section id={sectionId(page.id)} className="reference-section" aria-label={t(k.pageLabel(page.id))}>
      <h3 id={headingId} ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
        {t(k.pageTitle(page.id))}
      </h3>
      {page.blocks.map((block) => (
        <Block key={block.id} page={page.id} block={block} />
      ))}
    </section>
  );
}

function Block({ page, block }: { page: string; block: ReferenceBlock }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'heading':
      return <h4>{t(k.block(page, block.id))}</h4>;
    case 'paragraph':
      if (block.tone === 'app')
        return (
          <p className="reference-app-note">
            <span className="reference-app-label">{t(k.appNote)}</span> {t(k.block(page, block.id))}
          </p>
        );
      return <p className={block.tone === 'tag' ? 'reference-tag' : 'reference-text'}>{t(k.block(page, block.id))}</p>;
    case 'list':
      return (
        <ul className={`reference-list reference-list-${block.bullet}`}>
          {block.items.map((item) => (
            <li key={item}>
              {bullets[block.bullet] && (
                <span className="bullet" aria-hidden="true">
                  {bullets[block.bullet]}
                </span>
              )}
              <span>{t(k.part(page, block.id, item))}</span>
            </li>
          ))}
        </ul>
      );
    case 'flow':
      return (
        <figure className="reference-flow">
          <figcaption>{t(k.part(page, block.id, 'caption'))}</figcaption>
          <ol>
            {block.steps.map((boxes) => (
              <li key={boxes.join('+')}>
                {boxes.map((box) => (
                  <span key={box} className="reference-box">
                    {t(k.part(page, block.id, box))}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </figure>
      );
    case 'table':
      return (
        <div className={block.figure ? 'reference-table reference-figure' : 'reference-table'}>
          <table>
            {block.caption && <caption>{t(k.part(page, block.id, 'caption'))}</caption>}
            <thead>
              <tr>
                {block.columns.map((col) => (
                  <th key={col} scope="col">
                    {t(k.column(page, block.id, col))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.id}>
                  {block.columns.map((col, i) => {
                    const cell = row.cells.find((c) => (typeof c === 'string' ? c : c.col) === col);
                    // No cell: covered by a cell above (rowSpan), or left empty (an arrow with no deadline).
                    if (cell === undefined) return spanned(block, row.id, col) ? null : <td key={col} />;
                    const { rowSpan, href } = typeof cell === 'string' ? { rowSpan: undefined, href: undefined } : cell;
                    const content = href ? (
                      <a href={href} rel="noreferrer">
                        {href}
                      </a>
                    ) : (
                      t(k.cell(page, block.id, row.id, col))
                    );
                    return i === 0 ? (
                      <th key={col} scope="row" rowSpan={rowSpan}>
                        {content}
                      </th>
                    ) : (
                      <td key={col} rowSpan={rowSpan}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'url':
      return (
        <p className="reference-footnote">
          {t(k.block(page, block.id))}
          <br />
          <a href={block.href} rel="noreferrer">
            {block.href}
          </a>
        </p>
      );
    case 'phases':
      return (
        <ol className="reference-phases">
          {checklist.phases.map((phase) => (
            <li key={phase.id}>
              <strong>{t(keys.phaseTitle(phase.id))}</strong>
              <ul>
                {phase.actions.map((action) => (
                  <li key={action}>
                    <span className="bullet" aria-hidden="true">
                      ✓
                    </span>
                    {t(keys.phaseAction(phase.id, action))}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      );
  }
}

/** Whether an earlier row's cell spans down over this row's column. */
function spanned(block: Extract<ReferenceBlock, { kind: 'table' }>, rowId: string, col: string): boolean {
  const at = block.rows.findIndex((r) => r.id === rowId);
  return block.rows.slice(0, at).some((r, i) =>
    r.cells.some((c) => typeof c !== 'string' && c.col === col && (c.rowSpan ?? 1) > at - i),
  );
}
