/** Pure lookups over the checklist definition, computed once. */
import { checklist } from './definition';
import type { Item, OptionList, Phase, Section, Step } from './types';

export type StepRef = { step: Step; phase: Phase; index: number };

export const allSteps: readonly StepRef[] = checklist.phases.flatMap((phase) =>
  phase.steps.map((step) => ({ step, phase })),
).map((ref, index) => ({ ...ref, index }));

const stepMap = new Map<string, StepRef>(allSteps.map((ref) => [ref.step.code, ref]));
const itemMap = new Map<string, { item: Item; step: Step }>();
for (const { step } of allSteps) {
  for (const item of stepItems(step)) itemMap.set(item.id, { item, step });
}
const listMap = new Map(checklist.optionLists.map((list) => [list.id, list]));

export function stepItems(step: Step): Item[] {
  return step.sections.flatMap((section) => section.items);
}

export function phaseItems(phase: Phase): Item[] {
  return phase.steps.flatMap(stepItems);
}

export function allItems(): Item[] {
  return [...itemMap.values()].map((entry) => entry.item);
}

export function findStep(code: string): StepRef | undefined {
  return stepMap.get(code);
}

export function findItem(id: string): Item | undefined {
  return itemMap.get(id)?.item;
}

export function stepOfItem(id: string): Step | undefined {
  return itemMap.get(id)?.step;
}

export function optionList(id: string): OptionList {
  const list = listMap.get(id);
  if (!list) throw new Error(`Unknown option list ${id}`);
  return list;
}

/** Whether anything in the section is our proposal (an item, an option or its hint, a preset row): then it shows what † means. */
export function sectionHasProposed(section: Section): boolean {
  return section.items.some(
    (item) =>
      item.source === 'proposed' ||
      (item.kind === 'checkboxGroup' && optionList(item.list).options.some((o) => o.source === 'proposed' || o.hint === 'proposed')) ||
      (item.kind === 'table' && (item.presets ?? []).some((p) => p.source === 'proposed')),
  );
}
