/**
 * The record (page, print and PDF draw one model) marks what this app
 * suggests as the wizard does: a quiet † after the item, option, hint or
 * preset row, and the legend once per section, never a 提案 badge per item.
 */
import { checklist } from '@/checklist/definition';
import { optionList, sectionHasProposed } from '@/checklist/lookup';
import { buildRecord } from '@/features/record/record-model';
import { translator } from './full-record';

const t = translator('ja');
const doc = buildRecord(null, t, 'ja');
const sections = doc.phases.flatMap((p) => p.steps.flatMap((s) => s.sections));
const defined = checklist.phases.flatMap((p) => p.steps.flatMap((s) => s.sections));

describe('marks of what the app suggests, in the record', () => {
  it('gives the legend to exactly the sections that have anything of ours', () => {
    expect(sections.map((s) => s.legend !== undefined)).toEqual(defined.map(sectionHasProposed));
    expect(sections.find((s) => s.legend)?.legend).toBe(t('proposed.legend'));
  });

  it('puts † after our items and options, not after the manual’s, and no badge', () => {
    const items = sections.flatMap((s) => s.items);
    const definedItems = defined.flatMap((s) => s.items);
    for (const [i, item] of definedItems.entries()) {
      const shown = items[i]!;
      expect(shown.proposed, item.id).toBe(false);
      expect(shown.label.endsWith(' †'), item.id).toBe(item.source === 'proposed');
      if (item.kind !== 'checkboxGroup' || shown.block?.kind !== 'checks') continue;
      for (const option of optionList(item.list).options) {
        const check = shown.block.checks.find((c) => c.label.startsWith(t(`checklist.optionLists.${item.list}.${option.id}.label`)));
        expect(check?.label.endsWith(' †'), `${item.list}.${option.id}`).toBe(option.source === 'proposed');
      }
    }
  });
});
