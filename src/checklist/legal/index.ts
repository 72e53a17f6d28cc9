/**
 * The 個人情報保護法 reporting helper of step 【2-10】 (issue 12): pure logic, no
 * UI, no storage, no i18n runtime. Every sentence is a locale key under
 * `legal.` (src/i18n/locales/{ja,en}/legal.json) with its params.
 *
 * - facts.ts      versioned, correctable facts (thresholds, deadlines, offices, URLs)
 * - questions.ts  the questions and their answers
 * - decision.ts   the rule table, decide(), the proposal for 「自治体や個人情報保護委員会への連絡は必要か」
 * - deadlines.ts  速報 / 確報 countdowns from 知った日時
 * - notice.ts     本人への通知
 * - provenance.ts what the record prints about the rules used
 * - schemas.ts    zod schemas for storing facts, answers and the notice (import it directly: it pulls in zod)
 */
export * from './calendar';
export * from './decision';
export * from './deadlines';
export * from './facts';
export * from './notice';
export * from './provenance';
export * from './questions';
