/**
 * What the record prints about the rules it was judged by (issue 12, item 6):
 * the versions of the rule table and of the facts, each rule's source, the
 * thresholds and deadlines, and the addresses in use. A report can so be
 * traced to the rule version it used.
 */
import { STAGES, TRIGGERS, RULES_VERSION } from './decision';
import type { AuthorityId, LegalFacts, OrganisationType } from './facts';
import { LEGAL_FACTS } from './facts';

export type Provenance = {
  rulesVersion: string;
  factsVersion: string;
  /** True when the facts are not the shipped defaults: a hospital's correction, or another version. */
  corrected: boolean;
  organisationType: OrganisationType;
  thresholds: LegalFacts['thresholds'];
  deadlines: LegalFacts['deadlines'];
  /** Each rule of the table and each criterion, with its source for the organisation type. */
  rules: { id: string; source: string }[];
  urls: { id: AuthorityId; url: string }[];
};

export function provenance(facts: LegalFacts): Provenance {
  const isPublic = facts.organisationType === 'public';
  return {
    rulesVersion: RULES_VERSION,
    factsVersion: facts.version,
    corrected: JSON.stringify(facts) !== JSON.stringify(LEGAL_FACTS),
    organisationType: facts.organisationType,
    thresholds: facts.thresholds,
    deadlines: facts.deadlines,
    rules: [
      ...STAGES.flatMap((stage) => stage.rules.map((r) => ({ id: `${stage.id}.${r.id}`, source: (isPublic && r.sourcePublic) || r.source }))),
      ...TRIGGERS.map((t) => ({ id: `trigger.${t.id}`, source: isPublic ? t.sourcePublic : t.source })),
    ],
    urls: facts.authorities.filter((a) => a.url).map((a) => ({ id: a.id, url: a.url })),
  };
}
