/**
 * Date handling. Everything is stored as ISO 8601 (UTC) and shown in Japan
 * time, whatever the laptop's own time zone. Japan has no daylight saving,
 * so the offset is a constant.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const TIME_ZONE = 'Asia/Tokyo';

export function nowIso(): string {
  return new Date().toISOString();
}

/** ISO → the value of an <input type="datetime-local"> in Japan time. */
export function isoToJstInput(iso: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 16);
}

/** ISO → Japan time as the date-time text field shows it: 2026-12-01 14:30. */
export function isoToJstText(iso: string): string {
  return isoToJstInput(iso).replace('T', ' ');
}

const DATE_TIME =
  /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:\([^)]*\))?\s*(?:T\s*)?(\d{1,2})\s*[:時]\s*(\d{1,2})\s*分?(?::(\d{1,2})(?:\.\d+)?)?$/;
const TIME_ONLY = /^(\d{1,2})\s*[:時]\s*(\d{1,2})\s*分?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * A date-time as a person types it, read as Japan time → ISO (UTC).
 * '' for empty text, null for text that is not a date and time.
 * Takes 2026-12-01 14:30, 2026/12/1 14:30, 2026年12月1日 14時30分, full-width
 * digits, marks and spaces (２０２６／１２／０１ １４：３０), 12/1 14:30 (this year in
 * Japan), 14:30 (today in Japan), and an ISO date-time with its own offset.
 */
export function parseJstText(text: string, now: Date = new Date()): string | null {
  const s = text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-') // hyphens, minus, ー
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return '';
  if (WITH_ZONE.test(s)) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const today = new Date(now.getTime() + JST_OFFSET_MS);
  let parts: number[];
  const full = DATE_TIME.exec(s);
  const time = full ? null : TIME_ONLY.exec(s);
  if (full) {
    parts = [full[1] ? Number(full[1]) : today.getUTCFullYear(), Number(full[2]), Number(full[3]), Number(full[4]), Number(full[5]), Number(full[6] ?? 0)];
  } else if (time) {
    parts = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate(), Number(time[1]), Number(time[2]), 0];
  } else return null;
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  if (year < 1970 || hour > 23 || minute > 59 || second > 59) return null;
  let ms = jstMs(year, month, day, hour, minute, second);
  if (ms === null) return null; // 2/30, 13/1
  // What is recorded has happened: a time without its date, or a date without its
  // year, that would lie ahead is the last one past (23:50 typed at 00:10 is last night).
  const ahead = (at: number) => at - now.getTime() > FUTURE_SLACK_MS;
  if (time && ahead(ms)) ms -= 24 * 60 * 60 * 1000;
  else if (full && !full[1] && ahead(ms)) ms = jstMs(year - 1, month, day, hour, minute, second);
  return ms === null ? null : new Date(ms).toISOString();
}

/** A clock a few minutes fast is not "ahead". */
const FUTURE_SLACK_MS = 10 * 60 * 1000;

/** The UTC time of a Japan-time wall clock reading, or null for a day the month does not have. */
function jstMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms - JST_OFFSET_MS;
}

/** How the text field read a date-time, for people: 2026年12月1日 14:30 (ja) or 01 Dec 2026, 14:30 (en). */
export function describeJst(iso: string, lang: string): string {
  if (lang === 'en') return formatDateTime(iso, lang);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + JST_OFFSET_MS);
  const hm = d.toISOString().slice(11, 16);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm}`;
}

/**
 * Making an Intl.DateTimeFormat is slow (tenths of a millisecond, and a list
 * or a record shows hundreds of dates): one per kind, made on first use.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hourCycle: 'h23', ...options })));
  return f;
}

/** A date-time for people: 2026/11/26 14:03 (ja) or 26 Nov 2026, 14:03 (en), Japan time. */
export function formatDateTime(iso: string, lang: string, withSeconds = false): string {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return '';
  const en = lang === 'en';
  return format(`dateTime/${en ? 'en' : 'ja'}/${withSeconds}`, en ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: en ? 'short' : '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(ms);
}

export function formatTime(iso: string): string {
  return format('time', 'ja-JP', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(Date.parse(iso));
}
