import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday, holidayName, isPublicHoliday } from './index.js';

/** Weekday of a YYYY-MM-DD string, 0 = Sunday, computed independently of the module under test. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * Independent oracle: Knuth's Easter algorithm (TAOCP vol. 1, §1.3.2 ex. 14), based on golden number and
 * epact rather than on Meeus/Jones/Butcher.
 */
function knuthEaster(year: number): string {
  const g = (year % 19) + 1;
  const c = Math.floor(year / 100) + 1;
  const x = Math.floor((3 * c) / 4) - 12;
  const z = Math.floor((8 * c + 5) / 25) - 5;
  const d = Math.floor((5 * year) / 4) - x - 10;
  let e = (((11 * g + 20 + z - x) % 30) + 30) % 30;
  if ((e === 25 && g > 11) || e === 24) e += 1;
  let n = 44 - e;
  if (n < 21) n += 30;
  n = n + 7 - ((d + n) % 7);
  const [month, day] = n > 31 ? [4, n - 31] : [3, n];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it.each([
    [1583, '1583-04-10'],
    [1818, '1818-03-22'], // earliest possible date
    [1943, '1943-04-25'], // latest possible date
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date, next after 1818
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('agrees with an independent algorithm for every supported year and is always a Sunday in 22 Mar–25 Apr', () => {
    const problems: string[] = [];
    for (let year = 1583; year <= 9999; year++) {
      const easter = easterSunday(year);
      const monthDay = easter.slice(5);
      if (easter !== knuthEaster(year)) problems.push(`${year}: ${easter} ≠ ${knuthEaster(year)}`);
      if (weekday(easter) !== 0) problems.push(`${year}: ${easter} is not a Sunday`);
      if (monthDay < '03-22' || monthDay > '04-25') problems.push(`${year}: ${easter} out of bounds`);
    }
    expect(problems).toEqual([]);
  });

  it.each([1582, 10000, 2026.5, Number.NaN, -1])(
    'rejects the unsupported year %s with a RangeError',
    (year) => {
      expect(() => easterSunday(year)).toThrow(RangeError);
      expect(() => easterSunday(year)).toThrow(/Invalid year/);
    },
  );
});

describe('dutchPublicHolidays', () => {
  it('lists every algemeen erkende feestdag of 2026 in date order', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it.each([
    [
      2025, // 27 April is a Sunday: Koningsdag on Saturday 26 April
      [
        '2025-01-01 Nieuwjaarsdag',
        '2025-04-18 Goede Vrijdag',
        '2025-04-21 Tweede Paasdag',
        '2025-04-26 Koningsdag',
        '2025-05-05 Bevrijdingsdag',
        '2025-05-29 Hemelvaartsdag',
        '2025-06-09 Tweede Pinksterdag',
        '2025-12-25 Eerste Kerstdag',
        '2025-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2024, // 27 April is a Saturday: Koningsdag stays on the 27th
      [
        '2024-01-01 Nieuwjaarsdag',
        '2024-03-29 Goede Vrijdag',
        '2024-04-01 Tweede Paasdag',
        '2024-04-27 Koningsdag',
        '2024-05-05 Bevrijdingsdag',
        '2024-05-09 Hemelvaartsdag',
        '2024-05-20 Tweede Pinksterdag',
        '2024-12-25 Eerste Kerstdag',
        '2024-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2016, // Bevrijdingsdag and Hemelvaartsdag both on Thursday 5 May
      [
        '2016-01-01 Nieuwjaarsdag',
        '2016-03-25 Goede Vrijdag',
        '2016-03-28 Tweede Paasdag',
        '2016-04-27 Koningsdag',
        '2016-05-05 Bevrijdingsdag',
        '2016-05-05 Hemelvaartsdag',
        '2016-05-16 Tweede Pinksterdag',
        '2016-12-25 Eerste Kerstdag',
        '2016-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2013, // last Koninginnedag, Tuesday 30 April
      [
        '2013-01-01 Nieuwjaarsdag',
        '2013-03-29 Goede Vrijdag',
        '2013-04-01 Tweede Paasdag',
        '2013-04-30 Koninginnedag',
        '2013-05-05 Bevrijdingsdag',
        '2013-05-09 Hemelvaartsdag',
        '2013-05-20 Tweede Pinksterdag',
        '2013-12-25 Eerste Kerstdag',
        '2013-12-26 Tweede Kerstdag',
      ],
    ],
    [
      2006, // 30 April is a Sunday: Koninginnedag on Saturday 29 April
      [
        '2006-01-01 Nieuwjaarsdag',
        '2006-04-14 Goede Vrijdag',
        '2006-04-17 Tweede Paasdag',
        '2006-04-29 Koninginnedag',
        '2006-05-05 Bevrijdingsdag',
        '2006-05-25 Hemelvaartsdag',
        '2006-06-05 Tweede Pinksterdag',
        '2006-12-25 Eerste Kerstdag',
        '2006-12-26 Tweede Kerstdag',
      ],
    ],
  ])('lists the holidays of %i', (year, expected) => {
    expect(dutchPublicHolidays(year).map((h) => `${h.date} ${h.name}`)).toEqual(expected);
  });

  it('has nine holidays on the right weekdays in every year from 1900 to 2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const holidays = dutchPublicHolidays(year);
      const byName = new Map(holidays.map((h) => [h.name, h.date]));
      expect(holidays, `year ${year}`).toHaveLength(9);
      expect(
        holidays.map((h) => h.date),
        `year ${year}`,
      ).toEqual(holidays.map((h) => h.date).sort());
      expect(holidays.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
      expect(byName.get('Nieuwjaarsdag')).toBe(`${year}-01-01`);
      expect(byName.get('Bevrijdingsdag'), `5 May counts every year (${year})`).toBe(`${year}-05-05`);
      expect(byName.get('Eerste Kerstdag')).toBe(`${year}-12-25`);
      expect(byName.get('Tweede Kerstdag')).toBe(`${year}-12-26`);
      expect(weekday(byName.get('Goede Vrijdag') ?? '')).toBe(5);
      expect(weekday(byName.get('Tweede Paasdag') ?? '')).toBe(1);
      expect(weekday(byName.get('Hemelvaartsdag') ?? '')).toBe(4);
      expect(weekday(byName.get('Tweede Pinksterdag') ?? '')).toBe(1);
      const royal = byName.get(year >= 2014 ? 'Koningsdag' : 'Koninginnedag');
      expect(royal, `year ${year}`).toBeDefined();
      expect(weekday(royal ?? ''), `the royal birthday is never celebrated on a Sunday (${year})`).not.toBe(
        0,
      );
    }
  });

  it('returns a copy that callers cannot use to corrupt later answers', () => {
    const first = dutchPublicHolidays(2026);
    first.pop();
    (first[0] as { date: string }).date = '2026-01-02';
    expect(dutchPublicHolidays(2026)).toHaveLength(9);
    expect(dutchPublicHolidays(2026)[0]).toEqual({ date: '2026-01-01', name: 'Nieuwjaarsdag' });
    expect(isPublicHoliday('2026-01-02')).toBe(false);
  });

  it.each([1582, 10000, 2026.5])('rejects the unsupported year %s', (year) => {
    expect(() => dutchPublicHolidays(year)).toThrow(RangeError);
  });
});

describe("King's Day / Queen's Day", () => {
  it.each([
    [2014, '2014-04-26'], // first Koningsdag; 27 April 2014 was a Sunday
    [2024, '2024-04-27'], // Saturday: no reason to move
    [2025, '2025-04-26'],
    [2026, '2026-04-27'],
    [2027, '2027-04-27'],
    [2031, '2031-04-26'],
    [2036, '2036-04-26'],
    [2042, '2042-04-26'],
  ])('Koningsdag %i is on %s', (year, date) => {
    expect(dutchPublicHolidays(year).filter((h) => h.name === 'Koningsdag')).toEqual([
      { date, name: 'Koningsdag' },
    ]);
    expect(holidayName(date)).toBe('Koningsdag');
  });

  it.each([
    ['2025-04-27', 'a Sunday, not itself a holiday'],
    ['2031-04-27', 'a Sunday, not itself a holiday'],
    ['2026-04-26', 'the Sunday before Koningsdag'],
    ['2026-04-30', 'Koninginnedag is gone since 2014'],
  ])('%s is not a holiday (%s)', (date) => {
    expect(isPublicHoliday(date)).toBe(false);
    expect(holidayName(date)).toBeUndefined();
  });

  it.each([
    [1989, '1989-04-29'],
    [1995, '1995-04-29'],
    [2000, '2000-04-29'],
    [2006, '2006-04-29'],
    [2012, '2012-04-30'],
    [2013, '2013-04-30'],
  ])('Koninginnedag %i is on %s', (year, date) => {
    expect(dutchPublicHolidays(year).filter((h) => /^Konin/.test(h.name))).toEqual([
      { date, name: 'Koninginnedag' },
    ]);
  });
});

describe('isPublicHoliday and holidayName', () => {
  it.each(dutchPublicHolidays(2026).map((h) => [h.date, h.name]))('%s is %s', (date, name) => {
    expect(isPublicHoliday(date)).toBe(true);
    expect(holidayName(date)).toBe(name);
  });

  it.each([
    '2016-05-05',
    '1818-04-30', // Ascension on 30 April (Easter 22 March) coincides with the 30 April rule
  ])('joins coinciding holidays on %s', (date) => {
    expect(isPublicHoliday(date)).toBe(true);
    expect(holidayName(date)).toMatch(/^(Bevrijdingsdag|Koninginnedag) en Hemelvaartsdag$/);
  });

  it('names Bevrijdingsdag and Hemelvaartsdag together on 5 May 2016', () => {
    expect(holidayName('2016-05-05')).toBe('Bevrijdingsdag en Hemelvaartsdag');
  });

  it.each([
    ['2026-04-05', 'Easter Sunday'],
    ['2026-05-24', 'Whit Sunday'],
    ['2026-04-02', 'Maundy Thursday'],
    ['2026-04-04', 'Holy Saturday'],
    ['2026-05-15', 'the Friday after Ascension (only a bridge day by decree)'],
    ['2026-12-24', 'Christmas Eve'],
    ['2026-12-31', "New Year's Eve"],
    ['2026-12-27', 'the Sunday after Christmas'],
    ['2026-01-02', 'an ordinary Friday'],
    ['2026-08-15', 'an ordinary Saturday'],
  ])('%s (%s) is not a holiday', (date) => {
    expect(isPublicHoliday(date)).toBe(false);
    expect(holidayName(date)).toBeUndefined();
  });

  it.each(['2024-02-29', '2000-02-29', '1583-01-01', '9999-12-31'])('accepts the valid date %s', (date) => {
    expect(() => isPublicHoliday(date)).not.toThrow();
  });

  it.each([
    ['2026-02-30', /no such calendar date/],
    ['2026-04-31', /no such calendar date/],
    ['2025-02-29', /no such calendar date/],
    ['1900-02-29', /no such calendar date/],
    ['2026-13-01', /no such calendar date/],
    ['2026-00-10', /no such calendar date/],
    ['2026-01-00', /no such calendar date/],
    ['abc', /expected a calendar date as YYYY-MM-DD/],
    ['', /expected a calendar date as YYYY-MM-DD/],
    ['2026-4-5', /expected a calendar date as YYYY-MM-DD/],
    ['20260405', /expected a calendar date as YYYY-MM-DD/],
    [' 2026-04-05', /expected a calendar date as YYYY-MM-DD/],
    ['2026-04-05T00:00:00Z', /expected a calendar date as YYYY-MM-DD/],
    ['1582-12-31', /before 1583-01-01/],
  ])('rejects %j with a RangeError', (date, message) => {
    expect(() => isPublicHoliday(date)).toThrow(RangeError);
    expect(() => holidayName(date)).toThrow(message);
    expect(() => holidayName(date)).toThrow(JSON.stringify(date));
  });

  it('rejects a non-string at run time', () => {
    expect(() => isPublicHoliday(20260405 as unknown as string)).toThrow(RangeError);
  });
});
