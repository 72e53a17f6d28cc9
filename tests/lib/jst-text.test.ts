import { describeJst, isoToJstText, parseJstText } from '@/lib/dates';

// 2026-03-05 12:00 in Japan.
const now = new Date('2026-03-05T03:00:00.000Z');
const read = (text: string) => parseJstText(text, now);

describe('a date-time typed as text, read as Japan time', () => {
  it.each([
    ['2026-12-01 14:30', '2026-12-01T05:30:00.000Z'],
    ['2026/12/1 14:30', '2026-12-01T05:30:00.000Z'],
    ['２０２６／１２／０１　１４：３０', '2026-12-01T05:30:00.000Z'],
    ['2026年12月1日 14時30分', '2026-12-01T05:30:00.000Z'],
    ['2026年12月1日14:30', '2026-12-01T05:30:00.000Z'],
    // Without its year: this year's, unless that is still ahead — then last year's.
    ['12/1 14:30', '2025-12-01T05:30:00.000Z'],
    ['3/5 11:00', '2026-03-05T02:00:00.000Z'],
    ['2026-03-01T10:00', '2026-03-01T01:00:00.000Z'],
    ['2026-12-01 9:05', '2026-12-01T00:05:00.000Z'],
    ['2026-01-01 08:00', '2025-12-31T23:00:00.000Z'],
    // Without its date: today's, unless that is still ahead (more than 10 minutes) — then yesterday's.
    ['11:30', '2026-03-05T02:30:00.000Z'],
    ['12:05', '2026-03-05T03:05:00.000Z'],
    ['14:30', '2026-03-04T05:30:00.000Z'],
    ['2026-11-26T01:00:00.000Z', '2026-11-26T01:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('is empty for empty text, and null for what is no date-time', () => {
    expect(read('   ')).toBe('');
    for (const bad of ['garbage', '2026-12-01', '2026-02-30 10:00', '13/1 10:00', '2026-12-01 25:00', '12/1 14:60', '0001-01-01 00:00', '昨日の夜']) {
      expect(read(bad), bad).toBeNull();
    }
  });

  it('shows a stored value the way it reads it back, and says how it read it', () => {
    expect(isoToJstText('2026-12-01T05:30:00.000Z')).toBe('2026-12-01 14:30');
    expect(read(isoToJstText('2026-12-01T05:30:00.000Z'))).toBe('2026-12-01T05:30:00.000Z');
    expect(describeJst('2026-12-01T05:30:00.000Z', 'ja')).toBe('2026年12月1日 14:30');
    expect(describeJst('2026-12-01T05:30:00.000Z', 'en')).toBe('01 Dec 2026, 14:30');
  });
});

describe('just after midnight on New Year’s Day (the night shift)', () => {
  // 2027-01-01 00:10 in Japan.
  const newYear = new Date('2026-12-31T15:10:00.000Z');
  it('reads 23:50 as last night and 12/31 23:50 as last year, never ahead of now', () => {
    expect(parseJstText('23:50', newYear)).toBe('2026-12-31T14:50:00.000Z');
    expect(parseJstText('12/31 23:50', newYear)).toBe('2026-12-31T14:50:00.000Z');
    expect(parseJstText('1/1 00:05', newYear)).toBe('2026-12-31T15:05:00.000Z');
    // A year typed out is taken as typed, even ahead.
    expect(parseJstText('2027-12-31 23:50', newYear)).toBe('2027-12-31T14:50:00.000Z');
  });
});
