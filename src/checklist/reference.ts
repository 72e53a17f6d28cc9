/**
 * The manual's reference pages (徳島県マニュアル: the incident definition, the
 * system administrator's role, the flowchart mapping, the flow of the
 * phases, the two 個人情報保護法 pages and the IPA reporting systems) as
 * data: structure and ids only, like definition.ts. The words live in
 * src/i18n/locales/{ja,en}/reference.json under keys derived here
 * (referenceKeys); the Japanese is the manual's, sentence for sentence
 * (the PDF extraction's line breaks joined). URLs are data: they are the
 * same in every language.
 *
 * Pages hold blocks, in the manual's order:
 * - heading: a sub-heading of the page (a figure's title, a term)
 * - paragraph: a sentence or a few; `tone: 'app'` marks words of this app,
 *   not the manual's (an explanation of a figure we redrew as a table)
 * - list: bullets (✓ checks, • examples, or none when the text has its own ※)
 * - flow: a figure of boxes and arrows, step by step (each step one or more boxes)
 * - table: rows and cells; `figure` marks a figure redrawn as a table
 *   (its arrows as rows); the first cell of each row is its header
 * - url: a footnote's words with its address
 * - phases: the four phases with their key actions (phases.json)
 */

export type ReferenceCell = string | { col: string; rowSpan?: number; href?: string };
export type ReferenceRow = { id: string; cells: readonly ReferenceCell[] };

export type ReferenceBlock =
  | { kind: 'heading'; id: string }
  | { kind: 'paragraph'; id: string; tone?: 'manual' | 'app' | 'tag' }
  | { kind: 'list'; id: string; bullet: 'check' | 'dot' | 'none'; items: readonly string[] }
  | { kind: 'flow'; id: string; steps: readonly (readonly string[])[] }
  | { kind: 'table'; id: string; figure?: boolean; caption?: boolean; columns: readonly string[]; rows: readonly ReferenceRow[] }
  | { kind: 'url'; id: string; href: string }
  | { kind: 'phases'; id: string };

export type ReferencePage<I extends string = string> = { id: I; blocks: readonly ReferenceBlock[] };

const FLOWCHART_URL = 'https://www.mhlw.go.jp/stf/shingi/0000516275_00002.html';
const IPA_TODOKEDE_URL = 'https://www.ipa.go.jp/security/outline/todokede-j.html';
const IPA_VULN_URL = 'https://www.ipa.go.jp/security/vuln/report/index.html';
const PPC_FORM_URL = 'https://www.ppc.go.jp/personalinfo/legal/leakAction/';

const pages = [
  {
    // The cover page and its footnote.
    id: 'incident',
    blocks: [
      { kind: 'paragraph', id: 'cover' },
      { kind: 'paragraph', id: 'definition' },
    ],
  },
  {
    id: 'roles',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      {
        // The diagram: the system administrator in the middle, the others round it.
        kind: 'table',
        id: 'parties',
        figure: true,
        caption: true,
        columns: ['party', 'group', 'members'],
        rows: [
          { id: 'management', cells: ['party', 'group'] },
          { id: 'staff', cells: ['party', 'group'] },
          { id: 'contractors', cells: ['party', 'members'] },
          { id: 'agencies', cells: ['party', 'members'] },
        ],
      },
      {
        // Its arrows, one row each (domain.md §1.1's reading of their directions).
        kind: 'table',
        id: 'arrows',
        figure: true,
        caption: true,
        columns: ['from', 'to', 'label'],
        rows: [
          { id: 'toManagement', cells: ['from', 'to', 'label'] },
          { id: 'fromManagement', cells: ['from', 'to', 'label'] },
          { id: 'fromStaff', cells: ['from', 'to', 'label'] },
          { id: 'toContractors', cells: ['from', 'to', 'label'] },
          { id: 'fromContractors', cells: ['from', 'to', 'label'] },
          { id: 'toAgencies', cells: ['from', 'to', 'label'] },
          { id: 'fromAgencies', cells: ['from', 'to', 'label'] },
        ],
      },
      { kind: 'paragraph', id: 'arrowsNote', tone: 'app' },
      { kind: 'paragraph', id: 'use' },
      { kind: 'flow', id: 'flow', steps: [['occur'], ['checklist', 'flowchart'], ['done']] },
      { kind: 'url', id: 'flowchartUrl', href: FLOWCHART_URL },
    ],
  },
  {
    id: 'flowchart',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      { kind: 'heading', id: 'figure' },
      { kind: 'paragraph', id: 'codes', tone: 'app' },
      { kind: 'paragraph', id: 'redFrame', tone: 'tag' },
      { kind: 'heading', id: 'question' },
      { kind: 'paragraph', id: 'answer' },
      { kind: 'list', id: 'checks', bullet: 'check', items: ['leak', 'contact', 'location', 'spread'] },
      { kind: 'url', id: 'flowchartUrl', href: FLOWCHART_URL },
    ],
  },
  {
    id: 'phases',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      { kind: 'phases', id: 'phases' },
    ],
  },
  {
    id: 'ppcDuty',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      {
        kind: 'table',
        id: 'triggers',
        columns: ['harm', 'count'],
        rows: [
          { id: 'fraud', cells: ['harm', { col: 'count', rowSpan: 3 }] },
          { id: 'sensitive', cells: ['harm'] },
          { id: 'financial', cells: ['harm'] },
          { id: 'many', cells: ['harm', 'count'] },
        ],
      },
      {
        kind: 'table',
        id: 'flow',
        figure: true,
        caption: true,
        columns: ['from', 'to', 'label', 'when'],
        rows: [
          { id: 'contractor', cells: ['from', 'to', 'label'] },
          { id: 'commission', cells: ['from', 'to', 'label', 'when'] },
          { id: 'person', cells: ['from', 'to', 'label', 'when'] },
        ],
      },
      { kind: 'list', id: 'notes', bullet: 'none', items: ['both', 'exempt'] },
      { kind: 'url', id: 'formUrl', href: PPC_FORM_URL },
    ],
  },
  {
    id: 'breach',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      { kind: 'heading', id: 'leak' },
      { kind: 'paragraph', id: 'leakCia', tone: 'tag' },
      { kind: 'paragraph', id: 'leakMeaning' },
      { kind: 'list', id: 'leakExamples', bullet: 'dot', items: ['misdelivery', 'misaddressed', 'visible'] },
      { kind: 'heading', id: 'loss' },
      { kind: 'paragraph', id: 'lossCia', tone: 'tag' },
      { kind: 'paragraph', id: 'lossMeaning' },
      { kind: 'list', id: 'lossExamples', bullet: 'dot', items: ['discarded', 'lost'] },
      { kind: 'heading', id: 'damage' },
      { kind: 'paragraph', id: 'damageCia', tone: 'tag' },
      { kind: 'paragraph', id: 'damageMeaning' },
      { kind: 'list', id: 'damageExamples', bullet: 'dot', items: ['altered', 'encrypted'] },
      { kind: 'paragraph', id: 'keptElsewhere' },
    ],
  },
  {
    id: 'agencies',
    blocks: [
      { kind: 'paragraph', id: 'intro' },
      {
        kind: 'table',
        id: 'systems',
        columns: ['system', 'basis', 'destination', 'url'],
        rows: [
          { id: 'unauthorizedAccess', cells: ['system', 'basis', 'destination', { col: 'url', href: IPA_TODOKEDE_URL }] },
          { id: 'virus', cells: ['system', 'basis', 'destination', { col: 'url', href: IPA_TODOKEDE_URL }] },
          { id: 'vulnerability', cells: ['system', 'basis', 'destination', { col: 'url', href: IPA_VULN_URL }] },
        ],
      },
    ],
  },
] as const satisfies readonly ReferencePage[];

export type ReferenceId = (typeof pages)[number]['id'];
export const referencePages: readonly ReferencePage<ReferenceId>[] = pages;
export const isReferenceId = (id: string): id is ReferenceId => pages.some((p) => p.id === id);

const root = 'reference';
const cellCol = (cell: ReferenceCell) => (typeof cell === 'string' ? cell : cell.col);

/** Translation keys of the reference pages (reference.json sits under `reference`). */
export const referenceKeys = {
  heading: `${root}.heading`,
  intro: `${root}.intro`,
  contents: `${root}.contents`,
  appendix: `${root}.appendix`,
  appNote: `${root}.appNote`,
  stepLinks: `${root}.stepLinks`,
  stepLink: `${root}.stepLink`,
  pageLabel: (page: string) => `${root}.pages.${page}.label`,
  pageTitle: (page: string) => `${root}.pages.${page}.title`,
  block: (page: string, block: string) => `${root}.pages.${page}.${block}`,
  part: (page: string, block: string, part: string) => `${root}.pages.${page}.${block}.${part}`,
  cell: (page: string, block: string, row: string, col: string) => `${root}.pages.${page}.${block}.rows.${row}.${col}`,
  column: (page: string, block: string, col: string) => `${root}.pages.${page}.${block}.columns.${col}`,
};

/** Every key the reference pages need (the locale test checks both languages hold each). */
export function allReferenceKeys(): string[] {
  const out = [referenceKeys.heading, referenceKeys.intro, referenceKeys.contents, referenceKeys.appendix, referenceKeys.appNote, referenceKeys.stepLinks, referenceKeys.stepLink];
  for (const page of referencePages) {
    out.push(referenceKeys.pageLabel(page.id), referenceKeys.pageTitle(page.id));
    for (const b of page.blocks) {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          out.push(referenceKeys.block(page.id, b.id));
          break;
        case 'list':
          for (const item of b.items) out.push(referenceKeys.part(page.id, b.id, item));
          break;
        case 'flow':
          out.push(referenceKeys.part(page.id, b.id, 'caption'));
          for (const box of b.steps.flat()) out.push(referenceKeys.part(page.id, b.id, box));
          break;
        case 'table':
          if (b.caption) out.push(referenceKeys.part(page.id, b.id, 'caption'));
          for (const col of b.columns) out.push(referenceKeys.column(page.id, b.id, col));
          for (const row of b.rows) {
            for (const cell of row.cells) if (typeof cell === 'string' || !cell.href) out.push(referenceKeys.cell(page.id, b.id, row.id, cellCol(cell)));
          }
          break;
        case 'url':
          out.push(referenceKeys.block(page.id, b.id));
          break;
        case 'phases':
          break;
      }
    }
  }
  return out;
}
