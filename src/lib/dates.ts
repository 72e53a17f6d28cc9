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

/** The value of an <input type="datetime-local"> read as Japan time → ISO. */
export function jstInputToIso(local: string): string {
  if (!local) return '';
  const ms = Date.parse(`${local.length === 16 ? `${local}:00` : local}+09:00`);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
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
