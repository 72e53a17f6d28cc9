/**
 * The limits of the inputs and the zod building blocks that the item kinds
 * (src/checklist/kinds) and schema.ts share. Messages are translation keys.
 */
import '@/lib/zod-setup';
import * as z from 'zod/mini';
import { TRI_STATES } from './types';

/**
 * The limits of the inputs, in UTF-16 code units (string.length), after trimming
 * where the input trims. One place for writes, reads and import alike.
 */
export const LIMITS = {
  text: 20_000,
  short: 300,
  rows: 200,
  /** An incident's title (件名): 1..200 after trimming. */
  title: 200,
  /** The recorder's name (記録者), and so every "by" the app writes from it. */
  recorder: 100,
  /** The reason of 対象外 (and its draft): 1..2000 after trimming, for every write (the editor, the database's write, import). */
  naReason: 2000,
  /**
   * What a stored 対象外 reason or draft may hold to be read. Versions before
   * the naReason limit (commit dd09d11) took a reason as long as any text
   * (20,000), and such a row must still open rather than become an error
   * card; it is shown in full, while the editor refuses a new reason that
   * long. Never lower this below what any version wrote.
   */
  naReasonStored: 20_000,
} as const;

// ---- what a stored record may hold (lenient) ---------------------------------------

export const isoOrEmpty = z.string().check(z.refine((s) => s === '' || !Number.isNaN(Date.parse(s)), 'validation.invalidDate'));
export const short = z.string().check(z.maxLength(LIMITS.short, 'validation.tooLong'));
export const long = z.string().check(z.maxLength(LIMITS.text, 'validation.tooLong'));
export const triStateOrEmpty = z.enum([...TRI_STATES, '']);

// ---- the rules of the inputs (strict) --------------------------------------------

/** An ISO 8601 date-time with seconds and Z or an offset: what RFC 3339 and zod's z.iso.datetime({ offset: true }) take. */
const ISO_DATETIME = z.regexes.datetime({ offset: true });
/** toISOString's own shape: a valid date-time of this shape is already what the app stores. */
const STORED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function toStoredIso(s: string): string {
  if (s === '' || STORED_ISO.test(s)) return s;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? s : new Date(ms).toISOString();
}

/**
 * An ISO 8601 date-time with seconds and Z or an offset (what the app writes:
 * toISOString, and the Japan-time inputs turned into it), stored as UTC
 * toISOString so that dates sort as strings. (A check and an overwrite, not a
 * pipe: import checks tens of thousands of these.)
 */
export const isoDateTimeSchema = z.string().check(z.regex(ISO_DATETIME, 'validation.invalidDate'), z.overwrite(toStoredIso));
/** A date-time input that may be empty. */
export const strictIsoOrEmpty = z.string().check(
  z.refine((s) => s === '' || ISO_DATETIME.test(s), 'validation.invalidDate'),
  z.overwrite(toStoredIso),
);
/** What <input type="date"> gives: YYYY-MM-DD (four or more digits of year), a real day, or empty. */
export const dateOrEmpty = z.string().check(z.refine((s) => s === '' || isCalendarDate(s), 'validation.invalidDate'));

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}
