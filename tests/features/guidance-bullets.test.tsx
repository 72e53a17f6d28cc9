/**
 * Each kind of guidance line carries the manual's bullet (◼ ➢ ✓ …), the same
 * in the wizard's manual panel and on the record page (and its print); the
 * table is checklist/guidance.ts. The PDF's side is in tests/record/pdf.test.ts.
 */
import { cleanup, render } from '@testing-library/react';
import i18next from 'i18next';
import { checklist } from '@/checklist/definition';
import { GUIDANCE_BULLET } from '@/checklist/guidance';
import { keys } from '@/checklist/i18n-keys';
import type { GuidanceKind } from '@/checklist/types';
import { buildRecord } from '@/features/record/record-model';
import { RecordView } from '@/features/record/record-view';
import { GuidancePanel } from '@/features/wizard/guidance-panel';
import { initI18n } from '@/i18n';

afterEach(() => cleanup());

const steps = checklist.phases.flatMap((phase) => phase.steps);
const t = (key: string) => i18next.t(key) as string;

describe('guidance bullets', () => {
  it('are the manual’s: ◼ for an instruction, ➢ for a note, ✓ for a check, none where the text has its own 【…】 or （例）', () => {
    expect(GUIDANCE_BULLET).toMatchObject({ instruction: '◼', note: '➢', check: '✓', heading: '', example: '' });
  });

  it('are the same in the wizard’s manual panel and on the record page, for every guidance line of every step', async () => {
    await initI18n('ja');
    await i18next.changeLanguage('ja');
    const record = render(<RecordView doc={buildRecord(null, i18next.t, 'ja')} />);
    const recordSteps = [...record.container.querySelectorAll('.record-step')];
    expect(recordSteps).toHaveLength(steps.length);
    const seen = new Set<GuidanceKind>();
    steps.forEach((step, s) => {
      const wizard = render(<GuidancePanel step={step} />);
      const wizardLines = [...wizard.container.querySelectorAll('.guidance li')];
      const recordLines = [...recordSteps[s]!.querySelectorAll('.record-guidance li')];
      expect(wizardLines, step.code).toHaveLength(step.guidance.length);
      expect(recordLines, step.code).toHaveLength(step.guidance.length);
      step.guidance.forEach((g, i) => {
        const text = t(keys.guidance(step.code, g.id));
        const bullet = GUIDANCE_BULLET[g.kind];
        const shown = (li: Element) => li.textContent!.replace(/\s+/g, '');
        const expected = `${bullet}${text}`.replace(/\s+/g, '');
        expect(shown(wizardLines[i]!), `wizard ${step.code} ${g.id}`).toBe(expected);
        expect(shown(recordLines[i]!), `record ${step.code} ${g.id}`).toBe(expected);
        seen.add(g.kind);
      });
      wizard.unmount();
    });
    // Every kind with a bullet occurs in the checklist, so each was compared.
    for (const kind of Object.keys(GUIDANCE_BULLET) as GuidanceKind[]) if (GUIDANCE_BULLET[kind]) expect(seen).toContain(kind);
  });
});
