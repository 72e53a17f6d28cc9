import type { GuidanceKind } from './types';

/**
 * The manual's bullet in front of a guidance line of each kind, written once
 * for every place that shows guidance: the wizard's manual panel, the record
 * page and its print, and the PDF (which draws ◼ and ➢ itself: its fonts lack
 * them). '' for no bullet: a heading or an example carries its own 【…】 or
 * （例） in its text.
 */
export const GUIDANCE_BULLET: Readonly<Record<GuidanceKind, string>> = {
  instruction: '◼',
  note: '➢',
  heading: '',
  check: '✓',
  example: '',
  callout: '',
  figure: '',
  footnote: '',
};

export const guidanceBullet = (kind: GuidanceKind): string => GUIDANCE_BULLET[kind];
