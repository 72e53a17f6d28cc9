/**
 * The draft of the PPC report (個人情報保護法施行規則 第8条第1項, domain.md §4.5):
 * its nine items, each drawn from named answers of the checklist until the
 * user edits it. The edits are stored in 【2-13】's report log
 * (ReportLogValue.ppcDraft), saved as typed like every answer.
 */
import { readValue } from '@/checklist/kinds';
import { blockText, type ReadContext } from '@/checklist/kinds/read-blocks';
import { keys } from '@/checklist/i18n-keys';
import { findItem, stepOfItem } from '@/checklist/lookup';
import type { Answer, PpcDraft, PpcItemId } from '@/checklist/types';

/** The report log that holds the draft. */
export const PPC_DRAFT_ITEM = 'reportLogMhlw';

/**
 * The answers each item is drawn from, in the order they are quoted. Ids the
 * checklist does not have (yet) are skipped, so an item added later (本人の数
 * in 【2-10】, say) is named here and used once it exists.
 */
export const PPC_SOURCES: Record<PpcItemId, readonly string[]> = {
  summary: ['incidentCases', 'incidentDescription', 'affectedDevice', 'hearingWhen', 'hearingWhere', 'hearingWhat', 'careImpact'],
  dataItems: ['affectedLocations', 'leakPossible', 'leakAssessmentBasis'],
  individuals: [],
  cause: ['intrusionRoutes', 'intrusionRouteBasis', 'networkInvestigation', 'powerHardwareInvestigation'],
  secondaryDamage: ['spreadRisk'],
  individualsResponse: [],
  publication: ['publicAnnouncementAt', 'publicAnnouncementChannel'],
  prevention: ['preventionMeasures'],
  other: ['stoppedSystems'],
};

export type PpcSource = { itemId: string; label: string };
export type PpcPrefill = { text: string; sources: PpcSource[] };

/** An item's text as drawn from the answers, and the answers it was drawn from (only those answered). */
export function ppcPrefill(id: PpcItemId, answers: Record<string, Answer | undefined>, ctx: ReadContext): PpcPrefill {
  const sources: PpcSource[] = [];
  const parts: string[] = [];
  for (const itemId of PPC_SOURCES[id]) {
    const item = findItem(itemId);
    const answer = answers[itemId];
    if (!item || !answer || answer.na !== undefined) continue;
    const block = readValue(item, answer.value, ctx);
    if (!block) continue;
    // Plain text for the PPC's web form: without the marks that isolate typed text on screen (lib/bidi.ts).
    const text = blockText(block).replace(/[\u2066-\u2069]/g, '').trim();
    if (!text) continue;
    const step = stepOfItem(itemId);
    const label = `${step ? `【${step.code}】` : ''}${ctx.t(keys.itemLabel(itemId))}`;
    sources.push({ itemId, label });
    parts.push(`${ctx.t(keys.itemLabel(itemId))}: ${text}`);
  }
  return { text: parts.join('\n'), sources };
}

/** What an item says now: as edited, else as drawn from the answers. */
export function ppcItemText(id: PpcItemId, draft: PpcDraft | undefined, answers: Record<string, Answer | undefined>, ctx: ReadContext): string {
  return draft?.items[id] ?? ppcPrefill(id, answers, ctx).text;
}
