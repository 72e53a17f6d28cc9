/**
 * Translation keys derived from the checklist definition. The definition
 * holds ids; the locale files hold the words under these keys. The
 * definition test lists every key that a locale is missing.
 */
import { checklist } from './definition';
import type { Column, Item, ItemNote, PhaseId, StepCode } from './types';

const root = 'checklist';

const sharedBlock = new Map<string, string>();
for (const phase of checklist.phases) {
  for (const step of phase.steps) {
    for (const g of step.guidance) if (g.shared) sharedBlock.set(`${step.code}/${g.id}`, g.shared);
  }
}

export const keys = {
  phaseTitle: (id: PhaseId) => `${root}.phases.${id}.title`,
  phaseAction: (id: PhaseId, action: string) =>
    `${root}.phases.${id}.actions.${action}`,
  header: (header: string) => `${root}.headers.${header}`,
  stepTitle: (code: StepCode) => `${root}.steps.${code}.title`,
  guidance: (code: StepCode, id: string) => {
    const shared = sharedBlock.get(`${code}/${id}`);
    return shared ? `${root}.sharedGuidance.${shared}.${id}` : `${root}.steps.${code}.guidance.${id}`;
  },
  itemLabel: (id: string) => `${root}.items.${id}.label`,
  itemOption: (id: string, option: string) => `${root}.items.${id}.options.${option}`,
  itemNote: (id: string, note: ItemNote) => `${root}.items.${id}.${note}`,
  column: (itemId: string, column: Column['id']) =>
    `${root}.items.${itemId}.columns.${column}`,
  preset: (itemId: string, preset: string) =>
    `${root}.items.${itemId}.presets.${preset}`,
  option: (list: string, option: string) =>
    `${root}.optionLists.${list}.${option}.label`,
  optionHint: (list: string, option: string) =>
    `${root}.optionLists.${list}.${option}.hint`,
  listTitle: (list: string) => `${root}.optionLists.${list}.title`,
  hearingColumn: (column: 'item' | 'content' | 'point') =>
    `${root}.hearing.${column}`,
} as const;

function itemKeys(item: Item): string[] {
  const out = [keys.itemLabel(item.id)];
  for (const note of item.notes ?? []) out.push(keys.itemNote(item.id, note));
  if (item.kind === 'choice') for (const option of item.options) out.push(keys.itemOption(item.id, option));
  if (item.kind === 'table') {
    for (const column of item.columns) out.push(keys.column(item.id, column.id));
    for (const preset of item.presets ?? []) out.push(keys.preset(item.id, preset.id));
  }
  return out;
}

/** Every key the definition needs, in definition order. */
export function requiredKeys(): string[] {
  const out: string[] = [];
  for (const phase of checklist.phases) {
    out.push(keys.phaseTitle(phase.id));
    for (const action of phase.actions) out.push(keys.phaseAction(phase.id, action));
    for (const step of phase.steps) {
      out.push(keys.stepTitle(step.code));
      for (const g of step.guidance) out.push(keys.guidance(step.code, g.id));
      for (const section of step.sections) {
        out.push(keys.header(section.header));
        if (section.layout === 'hearing') {
          out.push(keys.hearingColumn('item'), keys.hearingColumn('content'), keys.hearingColumn('point'));
        }
        for (const item of section.items) out.push(...itemKeys(item));
      }
    }
  }
  for (const list of checklist.optionLists) {
    out.push(keys.listTitle(list.id));
    for (const option of list.options) {
      out.push(keys.option(list.id, option.id));
      if (option.hint) out.push(keys.optionHint(list.id, option.id));
    }
  }
  return [...new Set(out)];
}
