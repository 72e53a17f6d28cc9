import { formatDateTime, formatTime } from '@/lib/dates';

describe('dates for people, in Japan time', () => {
  const iso = '2026-11-25T23:40:05.000Z'; // 2026-11-26 08:40:05 in Japan

  it('formats in each language and with seconds, whichever was asked for first', () => {
    expect(formatDateTime(iso, 'en', true)).toBe('26 Nov 2026, 08:40:05');
    expect(formatDateTime(iso, 'ja')).toBe('2026/11/26 08:40');
    expect(formatDateTime(iso, 'en')).toBe('26 Nov 2026, 08:40');
    expect(formatDateTime(iso, 'ja', true)).toBe('2026/11/26 08:40:05');
    expect(formatTime(iso)).toBe('08:40:05');
  });

  it('leaves an empty or unreadable value empty', () => {
    expect(formatDateTime('', 'ja')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
