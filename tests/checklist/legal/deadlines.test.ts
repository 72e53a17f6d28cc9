// @vitest-environment node
/**
 * The 速報 / 確報 deadlines: Japan-time calendar days, the day of knowing as
 * day 1, the stricter 30 days while 不正の目的 is not known, and a filed report
 * stops its countdown.
 */
import { deadlines, lastDayOf, LEGAL_FACTS, type Deadlines } from '@/checklist/legal';

/** An instant given as Japan time. */
const jst = (local: string) => new Date(`${local}+09:00`).toISOString();
const ok = (d: Deadlines) => {
  if (!d.ok) throw new Error(d.error);
  return d;
};
const at = (knownAt: string, fraud: boolean | 'unknown' = false, now = knownAt) => ok(deadlines(jst(knownAt), fraud, LEGAL_FACTS, jst(now)));

describe('the dates, counted in Japan-time calendar days from the day of knowing (day 1)', () => {
  it.each([
    // known at (JST), day 1, 速報 window from–to, 確報 30 days, 確報 60 days
    ['2026-01-10T23:59', '2026-01-10', '2026-01-12', '2026-01-14', '2026-02-08', '2026-03-10'],
    ['2026-01-11T00:00', '2026-01-11', '2026-01-13', '2026-01-15', '2026-02-09', '2026-03-11'],
    // month ends: February of a common year, a 30-day month
    ['2026-01-31T00:00', '2026-01-31', '2026-02-02', '2026-02-04', '2026-03-01', '2026-03-31'],
    ['2026-02-28T23:59', '2026-02-28', '2026-03-02', '2026-03-04', '2026-03-29', '2026-04-28'],
    ['2026-04-30T23:59', '2026-04-30', '2026-05-02', '2026-05-04', '2026-05-29', '2026-06-28'],
    // the leap day of 2028, and the days either side of it
    ['2028-02-28T23:59', '2028-02-28', '2028-03-01', '2028-03-03', '2028-03-28', '2028-04-27'],
    ['2028-02-29T00:00', '2028-02-29', '2028-03-02', '2028-03-04', '2028-03-29', '2028-04-28'],
    ['2028-02-29T23:59', '2028-02-29', '2028-03-02', '2028-03-04', '2028-03-29', '2028-04-28'],
    ['2028-03-01T00:00', '2028-03-01', '2028-03-03', '2028-03-05', '2028-03-30', '2028-04-29'],
    ['2028-01-31T12:00', '2028-01-31', '2028-02-02', '2028-02-04', '2028-02-29', '2028-03-30'],
    // the year end
    ['2026-12-31T23:59', '2026-12-31', '2027-01-02', '2027-01-04', '2027-01-29', '2027-02-28'],
    ['2027-01-01T00:00', '2027-01-01', '2027-01-03', '2027-01-05', '2027-01-30', '2027-03-01'],
    ['2026-12-29T08:00', '2026-12-29', '2026-12-31', '2027-01-02', '2027-01-27', '2027-02-26'],
  ])('known %s JST → day 1 %s, 速報 %s–%s, 確報 %s (60 days: %s)', (knownAt, day1, from, to, due30, due60) => {
    for (const fraud of [false, true, 'unknown'] as const) {
      const d = at(knownAt, fraud);
      expect(d.knownDate).toBe(day1);
      expect([d.sokuho.from, d.sokuho.due]).toEqual([from, to]);
      expect(d.kakuho.due).toBe(fraud === true ? due60 : due30);
      expect(d.kakuho.days).toBe(fraud === true ? 60 : 30);
    }
  });

  it('a minute makes a day: 23:59 and 00:00 JST fall on different days, whatever the UTC date', () => {
    // 2026-01-10 23:59 JST is 14:59 UTC the same day; 00:00 JST on the 11th is 15:00 UTC on the 10th.
    expect(ok(deadlines('2026-01-10T14:59:00.000Z', false, LEGAL_FACTS, '2026-01-10T15:00:00.000Z')).kakuho.due).toBe('2026-02-08');
    expect(ok(deadlines('2026-01-10T15:00:00.000Z', false, LEGAL_FACTS, '2026-01-10T15:00:00.000Z')).kakuho.due).toBe('2026-02-09');
  });

  it('the last day of a period of N days is day 1 + (N − 1)', () => {
    expect(lastDayOf('2026-01-10', 1)).toBe('2026-01-10');
    expect(lastDayOf('2026-01-10', 30)).toBe('2026-02-08');
  });

  it('uses the days in the facts (a corrected copy)', () => {
    const facts = { deadlines: { sokuhoDaysMin: 2, sokuhoDaysMax: 4, kakuhoDays: 20, kakuhoDaysFraud: 40 } };
    const d = ok(deadlines(jst('2026-01-10T10:00'), true, facts, jst('2026-01-10T10:00')));
    expect([d.sokuho.from, d.sokuho.due, d.kakuho.due, d.kakuho.recommended]).toEqual(['2026-01-11', '2026-01-13', '2026-02-18', '2026-01-29']);
  });
});

describe('不正の目的 and the 確報', () => {
  it('without it: 30 days, no other date', () => {
    const d = at('2026-01-10T09:00', false);
    expect(d.kakuho).toMatchObject({ due: '2026-02-08', days: 30 });
    expect(d.kakuho.recommended).toBeUndefined();
    expect(d.kakuho.ifFraud).toBeUndefined();
    expect(d.notes.map((n) => n.key)).toEqual(['legal.deadlines.note.counting', 'legal.deadlines.note.rule']);
  });

  it('with it: 60 days, the 30-day date as the recommended target', () => {
    const d = at('2026-01-10T09:00', true);
    expect(d.kakuho).toMatchObject({ due: '2026-03-10', days: 60, recommended: '2026-02-08' });
    expect(d.notes.at(-1)).toEqual({ key: 'legal.deadlines.note.fraudRecommended', params: { days: 30, date: '2026-02-08' } });
  });

  it('not known: the stricter 30 days, with the 60-day date noted', () => {
    const d = at('2026-01-10T09:00', 'unknown');
    expect(d.kakuho).toMatchObject({ due: '2026-02-08', days: 30, ifFraud: '2026-03-10' });
    expect(d.notes.at(-1)).toEqual({ key: 'legal.deadlines.note.fraudUnknown', params: { days: 30, fraudDays: 60, date: '2026-03-10' } });
  });

  it('says how it counts and that the final reading is the PPC guidance', () => {
    expect(at('2026-01-10T09:00').notes[0]).toEqual({
      key: 'legal.deadlines.note.counting',
      params: { knownDate: '2026-01-10', sokuhoMin: 3, sokuhoMax: 5 },
    });
    expect(at('2026-01-10T09:00').kakuho.source).toBe('施行規則 第8条第2項');
  });
});

describe('the countdown', () => {
  const known = '2026-01-10T23:59';
  it.each([
    // now (JST), 速報 status, days left; 確報 status, days left
    ['2026-01-10T23:59', 'upcoming', 4, 'upcoming', 29],
    ['2026-01-11T00:00', 'upcoming', 3, 'upcoming', 28],
    ['2026-01-12T00:00', 'inWindow', 2, 'upcoming', 27],
    ['2026-01-13T12:00', 'inWindow', 1, 'upcoming', 26],
    ['2026-01-14T23:59', 'dueToday', 0, 'upcoming', 25],
    ['2026-01-15T00:00', 'overdue', -1, 'upcoming', 24],
    ['2026-02-08T23:59', 'overdue', -25, 'dueToday', 0],
    ['2026-02-09T00:00', 'overdue', -26, 'overdue', -1],
    ['2026-03-12T08:00', 'overdue', -57, 'overdue', -32],
  ] as const)('at %s: 速報 %s (%i), 確報 %s (%i)', (now, sokuhoStatus, sokuhoLeft, kakuhoStatus, kakuhoLeft) => {
    const d = at(known, false, now);
    expect([d.sokuho.status, d.sokuho.daysLeft]).toEqual([sokuhoStatus, sokuhoLeft]);
    expect([d.kakuho.status, d.kakuho.daysLeft]).toEqual([kakuhoStatus, kakuhoLeft]);
  });

  it('gives the status line as a key with its params (days as a count for plurals)', () => {
    const d = at(known, false, '2026-01-16T10:00');
    expect(d.sokuho).toMatchObject({ statusKey: 'legal.deadlines.status.overdue', statusParams: { count: 2, due: '2026-01-14' } });
    expect(d.kakuho).toMatchObject({ statusKey: 'legal.deadlines.status.upcoming', statusParams: { count: 23, due: '2026-02-08' } });
  });

  it('with 不正の目的 the 確報 counts to the 60th day', () => {
    const d = at(known, true, '2026-02-09T00:00');
    expect([d.kakuho.status, d.kakuho.daysLeft]).toEqual(['upcoming', 29]);
    expect([at(known, true, '2026-03-10T23:59').kakuho.status, at(known, true, '2026-03-11T00:00').kakuho.status]).toEqual(['dueToday', 'overdue']);
  });
});

describe('a filed report stops its countdown', () => {
  const known = jst('2026-01-10T23:59');
  it('a filed 速報 is done, long after its window; the 確報 still counts', () => {
    const d = ok(deadlines(known, false, LEGAL_FACTS, jst('2026-02-20T10:00'), { sokuho: jst('2026-01-12T09:00') }));
    expect(d.sokuho).toMatchObject({ status: 'done', daysLeft: null, filedOnTime: true, statusKey: 'legal.deadlines.status.done' });
    expect(d.sokuho.statusParams).toEqual({ due: '2026-01-14', filed: '2026-01-12' });
    expect(d.kakuho).toMatchObject({ status: 'overdue', daysLeft: -12 });
  });

  it('a filed 確報 ends both countdowns', () => {
    const d = ok(deadlines(known, 'unknown', LEGAL_FACTS, jst('2026-06-01T10:00'), { kakuho: jst('2026-02-01T10:00') }));
    expect([d.sokuho.status, d.kakuho.status]).toEqual(['done', 'done']);
    expect([d.sokuho.daysLeft, d.kakuho.daysLeft]).toEqual([null, null]);
    expect(d.kakuho.filedOnTime).toBe(true);
    expect(d.sokuho.filedOnTime).toBe(false); // the 速報's window had passed
  });

  it('a report filed late is done, and says it was late', () => {
    const d = ok(deadlines(known, false, LEGAL_FACTS, jst('2026-03-01T10:00'), { kakuho: jst('2026-02-09T00:00') }));
    expect(d.kakuho).toMatchObject({ status: 'done', filedOnTime: false, statusKey: 'legal.deadlines.status.doneLate' });
  });

  it('filed on the last day at 23:59 JST is on time', () => {
    const d = ok(deadlines(known, false, LEGAL_FACTS, jst('2026-02-10T10:00'), { kakuho: jst('2026-02-08T23:59') }));
    expect(d.kakuho.filedOnTime).toBe(true);
  });

  it('an unreadable filing time does not count as filed', () => {
    const d = ok(deadlines(known, false, LEGAL_FACTS, jst('2026-01-11T10:00'), { sokuho: 'not a date' }));
    expect(d.sokuho.status).toBe('upcoming');
  });
});

describe('bad input', () => {
  it.each(['', 'yesterday', '2026-13-45T00:00'])('knownAt %j gives a message key, not a date', (knownAt) => {
    expect(deadlines(knownAt, false, LEGAL_FACTS, new Date())).toEqual({ ok: false, error: 'legal.deadlines.knownAtInvalid' });
  });

  it('an invalid clock gives a message key', () => {
    expect(deadlines(jst('2026-01-10T10:00'), false, LEGAL_FACTS, new Date(Number.NaN))).toEqual({ ok: false, error: 'legal.deadlines.nowInvalid' });
  });

  it('takes now as a Date too', () => {
    expect(ok(deadlines(jst('2026-01-10T10:00'), false, LEGAL_FACTS, new Date(jst('2026-01-11T10:00')))).kakuho.daysLeft).toBe(28);
  });
});
