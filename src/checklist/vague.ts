/**
 * Gentle checks on hearing answers (【1-4】): a warning key when an answer
 * is too vague to act on, never a block. The manual's NG examples are
 * 「１～２週間前」 for "when" and 「不審なメールを開いた」 for "what".
 */
import type { VagueCheck } from './types';

const DETAIL_MIN_CHARS = 20;
const DETAIL_MIN_WORDS = 6;

const DATE = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/;
const TIME = /(\d{1,2})\s*[:時]\s*(\d{1,2})?/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

export function vagueWarning(check: VagueCheck | undefined, raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!check || text === '') return null;
  if (check === 'specificDateTime') {
    const date = DATE.exec(text);
    const time = TIME.exec(date ? text.slice(date.index + date[0].length) : '');
    return date && time ? null : 'vague.specificDateTime';
  }
  const tooShort = CJK.test(text)
    ? [...text.replace(/\s/g, '')].length < DETAIL_MIN_CHARS
    : text.split(/\s+/).length < DETAIL_MIN_WORDS;
  return tooShort ? 'vague.detail' : null;
}
