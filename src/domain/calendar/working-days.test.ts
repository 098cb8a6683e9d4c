import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE,
  addWorkingDays,
  calendarDate,
  deadlineFrom,
  extendToWorkingDay,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './index.js';

/** Test helpers built on plain UTC Date arithmetic, independent of the module's internals. */
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const bruteForceBetween = (from: string, to: string) => {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = shift(lo, 1); d <= hi; d = shift(d, 1)) if (isWorkingDay(d)) count++;
  return count === 0 ? 0 : sign * count;
};
/** Deterministic pseudo-random generator (LCG), so property-style tests are reproducible. */
const random = (() => {
  let seed = 20260423;
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
})();

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-23', true, 'Thursday'],
    ['2026-04-24', true, 'Friday'],
    ['2026-04-25', false, 'Saturday'],
    ['2026-04-26', false, 'Sunday'],
    ['2026-04-27', false, 'Koningsdag (Monday)'],
    ['2026-04-28', true, 'Tuesday after Koningsdag'],
    ['2026-05-05', false, 'Bevrijdingsdag (Tuesday)'],
    ['2027-05-05', false, 'Bevrijdingsdag in a non-lustrum year (Wednesday)'],
    ['2026-04-03', false, 'Goede Vrijdag'],
    ['2026-04-06', false, 'Tweede Paasdag'],
    ['2026-05-14', false, 'Hemelvaartsdag'],
    ['2026-05-15', true, 'Friday after Ascension'],
    ['2026-05-25', false, 'Tweede Pinksterdag'],
    ['2026-01-01', false, 'Nieuwjaarsdag (Thursday)'],
    ['2026-12-25', false, 'Eerste Kerstdag (Friday)'],
    ['2024-12-26', false, 'Tweede Kerstdag (Thursday)'],
    ['2025-04-28', true, 'Monday after Koningsdag on Saturday 26 April 2025'],
    ['2013-04-30', false, 'Koninginnedag 2013 (Tuesday)'],
    ['2024-02-29', true, 'leap day (Thursday)'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('counts 253 working days in 2026 (261 weekdays minus 8 weekday holidays)', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
    expect(bruteForceBetween('2025-12-31', '2026-12-31')).toBe(253);
  });

  it('agrees day by day with "not a weekend day and not a holiday" through 2024–2028', () => {
    for (let d = '2024-01-01'; d <= '2028-12-31'; d = shift(d, 1)) {
      const weekend = weekday(d) === 0 || weekday(d) === 6;
      expect(isWorkingDay(d), d).toBe(!weekend && !isPublicHoliday(d));
    }
  });

  it.each(['2026-02-30', 'abc', '2026-04-23T10:00:00Z'])('rejects %j with a RangeError', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('gives 11 May 2026 for 10 working days from 23 April 2026 (skipping Koningsdag and Bevrijdingsdag)', () => {
    expect(addWorkingDays('2026-04-23', 10)).toBe('2026-05-11');
    // Without the two holidays it would be 7 May: both are counted out.
    expect(workingDaysBetween('2026-04-23', '2026-05-07')).toBe(8);
  });

  it.each([
    ['across a weekend', '2026-01-09', 1, '2026-01-12'],
    ['a full working week', '2026-01-12', 5, '2026-01-19'],
    ['from a Saturday', '2026-01-10', 1, '2026-01-12'],
    ['from a Sunday', '2026-01-11', 1, '2026-01-12'],
    ['from a holiday (Eerste Kerstdag 2024)', '2024-12-25', 1, '2024-12-27'],
    ['across both Christmas days 2024 (Wed/Thu)', '2024-12-24', 1, '2024-12-27'],
    ['across Christmas and New Year 2024/25', '2024-12-23', 5, '2025-01-02'],
    ['across Christmas 2026 (Fri/Sat)', '2026-12-24', 1, '2026-12-28'],
    ['across Christmas 2026 and New Year 2027 (Fri)', '2026-12-23', 6, '2027-01-04'],
    ['across Nieuwjaarsdag 2026 (Thu)', '2025-12-31', 1, '2026-01-02'],
    ['across the Easter weekend 2026', '2026-04-02', 1, '2026-04-07'],
    ['into and out of the Easter weekend 2026', '2026-04-01', 3, '2026-04-08'],
    ['across the Easter weekend 2025', '2025-04-17', 1, '2025-04-22'],
    ['across Hemelvaartsdag 2026', '2026-05-13', 1, '2026-05-15'],
    ['across Hemelvaartsdag 2025', '2025-05-28', 2, '2025-06-02'],
    ['across Tweede Pinksterdag 2026', '2026-05-22', 1, '2026-05-26'],
    ['across Tweede Pinksterdag 2025', '2025-06-06', 1, '2025-06-10'],
    ['across Koningsdag 2026 (Mon 27 Apr)', '2026-04-24', 1, '2026-04-28'],
    ['across Koningsdag 2027 (Tue 27 Apr)', '2027-04-26', 1, '2027-04-28'],
    ['past Koningsdag 2025 on Sat 26 Apr: Mon 28 Apr counts', '2025-04-25', 1, '2025-04-28'],
    ['past Koningsdag 2031 on Sat 26 Apr: Mon 28 Apr counts', '2031-04-25', 1, '2031-04-28'],
    ['across Koninginnedag 2013 (Tue 30 Apr)', '2013-04-29', 1, '2013-05-01'],
    ['past Koninginnedag 2006 on Sat 29 Apr: Mon 1 May counts', '2006-04-28', 1, '2006-05-01'],
    ['across Bevrijdingsdag 2026 (Tue)', '2026-05-04', 1, '2026-05-06'],
    ['across Bevrijdingsdag 2025 (Mon)', '2025-05-02', 1, '2025-05-06'],
    ['across Bevrijdingsdag (Wed, no lustrum) and Hemelvaartsdag (Thu) 2027', '2027-05-04', 1, '2027-05-07'],
    ['across Bevrijdingsdag and Hemelvaartsdag on one day (2016)', '2016-05-04', 1, '2016-05-06'],
    ['through all of May 2026 (three holidays)', '2026-04-30', 18, '2026-05-29'],
    ['onto a leap day', '2024-02-28', 1, '2024-02-29'],
    ['a whole year', '2025-12-31', 253, '2026-12-31'],
  ])('%s: %s + %i → %s', (_label, date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
    expect(workingDaysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2026-04-23', 'a working day'],
    ['2026-04-25', 'a Saturday'],
    ['2026-04-27', 'Koningsdag'],
  ])('returns %s (%s) itself for n = 0', (date) => {
    expect(addWorkingDays(date, 0)).toBe(date);
  });

  it('always lands on a working day for n ≥ 1, and one step further per extra day', () => {
    for (let i = 0; i < 300; i++) {
      const start = shift('2024-01-01', random(5 * 366));
      const n = 1 + random(40);
      const end = addWorkingDays(start, n);
      expect(isWorkingDay(end), `${start} + ${n}`).toBe(true);
      expect(bruteForceBetween(start, end), `${start} + ${n}`).toBe(n);
      expect(addWorkingDays(end, 1)).toBe(nextWorkingDay(end));
      expect(addWorkingDays(start, n + 1)).toBe(nextWorkingDay(end));
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s with a RangeError', (n) => {
    expect(() => addWorkingDays('2026-04-23', n)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-04-23', n)).toThrow(/number of working days/);
  });

  it.each(['2026-02-30', 'abc', ''])('rejects the date %j with a RangeError', (date) => {
    expect(() => addWorkingDays(date, 1)).toThrow(RangeError);
  });

  it('refuses to run past 9999-12-31', () => {
    expect(addWorkingDays('9999-12-29', 2)).toBe('9999-12-31');
    expect(() => addWorkingDays('9999-12-30', 5)).toThrow(/only years 1583 to 9999/);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2026-04-23', '2026-04-24', 'Thursday → Friday'],
    ['2026-04-24', '2026-04-28', 'Friday → Tuesday after Koningsdag'],
    ['2026-04-02', '2026-04-07', 'before Goede Vrijdag → after Tweede Paasdag'],
    ['2026-12-24', '2026-12-28', 'Christmas Eve → Monday'],
    ['2016-05-04', '2016-05-06', 'over Bevrijdingsdag/Hemelvaartsdag'],
    ['2026-04-25', '2026-04-28', 'Saturday → Tuesday'],
    ['2026-12-31', '2027-01-04', "New Year's Eve → Monday after Nieuwjaarsdag (Fri)"],
  ])('%s → %s (%s)', (date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
  });
});

describe('extendToWorkingDay (Atw art. 1)', () => {
  it.each([
    ['2026-04-23', '2026-04-23', 'a working day stays'],
    ['2026-04-25', '2026-04-28', 'Saturday before Koningsdag → Tuesday'],
    ['2026-01-10', '2026-01-12', 'Saturday → Monday'],
    ['2026-01-11', '2026-01-12', 'Sunday → Monday'],
    ['2026-04-03', '2026-04-07', 'Goede Vrijdag → Tuesday after Easter'],
    ['2026-04-05', '2026-04-07', 'Easter Sunday → Tuesday'],
    ['2026-05-14', '2026-05-15', 'Hemelvaartsdag → Friday'],
    ['2026-05-23', '2026-05-26', 'Whit Saturday → Tuesday after Tweede Pinksterdag'],
    ['2026-05-05', '2026-05-06', 'Bevrijdingsdag → Wednesday'],
    ['2025-04-26', '2025-04-28', 'Koningsdag on Saturday → Monday'],
    ['2026-12-25', '2026-12-28', 'Eerste Kerstdag → Monday'],
    ['2027-01-01', '2027-01-04', 'Nieuwjaarsdag (Fri) → Monday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(extendToWorkingDay(date)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => extendToWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-04-23', '2026-04-23', 0],
    ['2026-04-23', '2026-04-24', 1],
    ['2026-04-24', '2026-04-27', 0], // Friday → Koningsdag: Saturday, Sunday and the holiday don't count
    ['2026-04-24', '2026-04-28', 1],
    ['2026-04-25', '2026-04-26', 0],
    ['2026-04-23', '2026-05-11', 10],
    ['2026-05-11', '2026-04-23', -10],
    ['2026-04-28', '2026-04-24', -1],
    ['2026-04-27', '2026-04-24', 0],
    ['2024-12-24', '2025-01-02', 4], // 27, 30, 31 December and 2 January
    ['2000-01-01', '2000-12-31', 253], // 260 weekdays minus 7 weekday holidays
  ])('%s → %s is %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
    expect(bruteForceBetween(from, to)).toBe(expected);
  });

  it('is antisymmetric and matches counting day by day for random ranges', () => {
    for (let i = 0; i < 300; i++) {
      const from = shift('2023-06-01', random(4 * 366));
      const to = shift(from, random(200) - 100);
      const expected = bruteForceBetween(from, to);
      expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(expected);
      expect(workingDaysBetween(to, from), `${to} → ${from}`).toBe(-expected);
    }
  });

  it('adds up over long spans: a century equals the sum of its years', () => {
    let sum = 0;
    for (let year = 2000; year < 2100; year++)
      sum += workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
    expect(workingDaysBetween('1999-12-31', '2099-12-31')).toBe(sum);
    expect(bruteForceBetween('1999-12-31', '2099-12-31')).toBe(sum);
  });

  it('rejects invalid dates naming which argument is wrong', () => {
    expect(() => workingDaysBetween('2026-02-30', '2026-03-01')).toThrow(/from date "2026-02-30"/);
    expect(() => workingDaysBetween('2026-03-01', 'abc')).toThrow(/to date "abc"/);
  });
});

describe('calendarDate', () => {
  it('defaults to Europe/Amsterdam', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Amsterdam');
    expect(calendarDate('2026-04-23T22:30:00Z')).toBe('2026-04-24');
  });

  it.each([
    // summer time (UTC+2): midnight is 22:00Z
    ['2026-04-23T21:59:59Z', '2026-04-23'],
    ['2026-04-23T22:00:00Z', '2026-04-24'],
    ['2026-04-23T21:59:59.999Z', '2026-04-23'],
    ['2026-04-23T21:59:59.9999999Z', '2026-04-23'],
    ['2026-04-23T23:59:59.291+02:00', '2026-04-23'],
    ['2026-04-23T22:00:00.000Z', '2026-04-24'],
    // winter time (UTC+1): midnight is 23:00Z
    ['2026-01-14T22:59:59Z', '2026-01-14'],
    ['2026-01-14T23:00:00Z', '2026-01-15'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    // DST starts Sunday 29 March 2026 01:00Z: Saturday night midnight is still 23:00Z, Sunday night's 22:00Z
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T00:59:59Z', '2026-03-29'], // 01:59:59 CET
    ['2026-03-29T01:00:00Z', '2026-03-29'], // 03:00 CEST
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // DST ends Sunday 25 October 2026 01:00Z: Saturday night midnight is 22:00Z, Sunday night's 23:00Z
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the repeated hour
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    // explicit offsets and RFC 3339 variants
    ['2026-04-24T00:30:00+02:00', '2026-04-24'],
    ['2026-04-24T00:30:00+0200', '2026-04-24'],
    ['2026-04-24T00:30:00+02', '2026-04-24'],
    ['2026-04-23T23:30:00-01:00', '2026-04-24'],
    ['2026-04-23T23:59:59+02:00', '2026-04-23'],
    ['2026-04-23t22:30:00z', '2026-04-24'],
    ['2026-04-23 22:30:00Z', '2026-04-24'],
    ['2026-04-23T22:30Z', '2026-04-24'],
    ['2026-04-23T22:30:00.123456789Z', '2026-04-24'],
    // a plain date is already a calendar date
    ['2026-04-23', '2026-04-23'],
  ])('%s → %s in Amsterdam', (at, expected) => {
    expect(calendarDate(at)).toBe(expected);
  });

  it('accepts Date objects', () => {
    expect(calendarDate(new Date('2026-04-23T22:30:00Z'))).toBe('2026-04-24');
    expect(calendarDate(new Date(Date.UTC(2026, 0, 14, 22, 59, 59)))).toBe('2026-01-14');
  });

  it.each([
    ['2026-04-23T22:30:00Z', 'UTC', '2026-04-23'],
    ['2026-04-24T03:00:00Z', 'America/New_York', '2026-04-23'],
    ['2026-04-23T10:30:00Z', 'Pacific/Kiritimati', '2026-04-24'],
    ['2026-04-23T22:30:00Z', 'Europe/London', '2026-04-23'],
    ['2026-04-23', 'Pacific/Kiritimati', '2026-04-23'],
    ['2026-04-23', 'America/Los_Angeles', '2026-04-23'],
  ])('%s in %s → %s', (at, timeZone, expected) => {
    expect(calendarDate(at, timeZone)).toBe(expected);
  });

  it('keeps a leap second in the day it ends', () => {
    expect(calendarDate('2016-12-31T23:59:60Z', 'UTC')).toBe('2016-12-31');
    expect(calendarDate('2016-12-31T23:59:60.5Z', 'UTC')).toBe('2016-12-31');
    expect(calendarDate('2017-01-01T00:59:60+01:00', 'UTC')).toBe('2016-12-31');
  });

  it.each([
    ['2026-04-23T22:30:00', /with offset/], // no offset: would silently mean server-local time
    ['2026-04-23T22:30', /with offset/],
    ['2026-02-30T10:00:00Z', /Invalid instant "2026-02-30T10:00:00Z": .*no such calendar date/],
    ['2026-04-23T24:00:00Z', /Invalid instant/],
    ['2026-04-23T12:60:00Z', /Invalid instant/],
    ['2026-04-23T12:00:61Z', /Invalid instant/],
    ['2026-04-23T12:00:00+24:00', /Invalid instant/],
    ['2026-04-23T12:00:00+02:60', /Invalid instant/],
    ['April 23, 2026', /Invalid instant/],
    ['1500-07-04T12:00:00Z', /Invalid instant "1500-07-04T12:00:00Z": .*before 1583-01-01/],
    ['abc', /Invalid instant "abc"/],
    ['', /Invalid instant/],
    ['2026-02-30', /Invalid date "2026-02-30": no such calendar date/],
  ])('rejects %j with a RangeError', (at, message) => {
    expect(() => calendarDate(at)).toThrow(RangeError);
    expect(() => calendarDate(at)).toThrow(message);
  });

  it('rejects an invalid Date, a non-date value and instants outside the supported years', () => {
    expect(() => calendarDate(new Date('nonsense'))).toThrow(RangeError);
    expect(() => calendarDate(new Date('nonsense'))).toThrow(/Date object is invalid/);
    expect(() => calendarDate(12345 as unknown as string)).toThrow(RangeError);
    expect(() => calendarDate(new Date(Date.UTC(1500, 0, 1)))).toThrow(/only years 1583 to 9999/);
    expect(() => calendarDate(new Date(8.64e15))).toThrow(/only years 1583 to 9999/);
  });

  it('rejects an unknown time zone with a RangeError', () => {
    expect(() => calendarDate('2026-04-23', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => calendarDate('2026-04-23T22:30:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => calendarDate('2026-04-23T22:30:00Z', 'Mars/Olympus_Mons')).toThrow(
      /time zone "Mars\/Olympus_Mons"/,
    );
  });
});

describe('deadlineFrom', () => {
  it('counts from the Amsterdam calendar date: 22:30Z on 23 April 2026 is 24 April', () => {
    expect(deadlineFrom('2026-04-23T22:30:00Z', 10)).toBe('2026-05-12');
    expect(deadlineFrom('2026-04-23T21:59:59Z', 10)).toBe('2026-05-11');
    expect(deadlineFrom(new Date('2026-04-23T22:30:00Z'), 10)).toBe('2026-05-12');
    expect(deadlineFrom('2026-04-23T22:30:00Z', 10, 'UTC')).toBe('2026-05-11');
  });

  it.each([
    // received shortly before/after midnight in Amsterdam, on ordinary days and on DST change days
    ['2026-01-14T22:59:59Z', 1, '2026-01-15', 'Wed 23:59:59 CET'],
    ['2026-01-14T23:00:00Z', 1, '2026-01-16', 'Thu 00:00 CET'],
    ['2026-03-29T21:59:59Z', 1, '2026-03-30', 'Sun 23:59:59 CEST, first day of summer time'],
    ['2026-03-29T22:00:00Z', 1, '2026-03-31', 'Mon 00:00 CEST (still Sunday in UTC)'],
    ['2026-03-28T23:30:00Z', 0, '2026-03-30', 'Sun 00:30 CET, n = 0 extends to Monday'],
    ['2026-10-22T21:59:59Z', 1, '2026-10-23', 'Thu 23:59:59 CEST'],
    ['2026-10-22T22:00:00Z', 1, '2026-10-26', 'Fri 00:00 CEST'],
    ['2026-10-25T22:59:59Z', 1, '2026-10-26', 'Sun 23:59:59 CET, last day of summer time'],
    ['2026-10-25T23:00:00Z', 1, '2026-10-27', 'Mon 00:00 CET (still Sunday in UTC)'],
    ['2026-12-31T22:59:59Z', 1, '2027-01-04', "New Year's Eve 23:59:59 → over Nieuwjaarsdag"],
    ['2026-12-31T23:00:00Z', 1, '2027-01-04', 'Nieuwjaarsdag 00:00'],
    // received on a weekend or holiday: counting starts the next day as always
    ['2026-04-25T10:00:00+02:00', 1, '2026-04-28', 'Saturday before Koningsdag'],
    ['2026-04-26T10:00:00+02:00', 10, '2026-05-12', 'Sunday before Koningsdag'],
    ['2026-04-27T09:00:00+02:00', 1, '2026-04-28', 'on Koningsdag'],
    ['2026-12-25T09:00:00+01:00', 1, '2026-12-28', 'on Eerste Kerstdag'],
    ['2026-04-03T09:00:00+02:00', 1, '2026-04-07', 'on Goede Vrijdag'],
    // n = 0: the day of receipt itself, extended under Atw art. 1 when it is not a working day
    ['2026-04-23T12:00:00+02:00', 0, '2026-04-23', 'n = 0 on a working day'],
    ['2026-04-25T12:00:00+02:00', 0, '2026-04-28', 'n = 0 on Saturday before Koningsdag'],
    ['2026-04-03T12:00:00+02:00', 0, '2026-04-07', 'n = 0 on Goede Vrijdag'],
    ['2026-12-25T12:00:00+01:00', 0, '2026-12-28', 'n = 0 on Eerste Kerstdag'],
    // realistic order terms over holidays
    ['2026-05-08T12:00:00+02:00', 15, '2026-06-02', 'advice (15) over Hemelvaartsdag and Tweede Pinksterdag'],
    ['2026-12-23T15:00:00+01:00', 10, '2027-01-08', 'EM advice (10) over Christmas and New Year'],
    ['2026-03-30T09:00:00+02:00', 10, '2026-04-15', 'EM advice (10) over the Easter weekend'],
    [
      '2016-04-29T09:00:00+02:00',
      10,
      '2016-05-17',
      'over Bevrijdingsdag/Hemelvaartsdag and Tweede Pinksterdag 2016',
    ],
    [
      '2025-04-24T09:00:00+02:00',
      10,
      '2025-05-09',
      'over Koningsdag on Saturday and Bevrijdingsdag on Monday 2025',
    ],
    ['2013-04-26T09:00:00+02:00', 5, '2013-05-06', 'over Koninginnedag 2013'],
    // plain dates are taken as the day of receipt
    ['2026-04-23', 10, '2026-05-11', 'plain date'],
  ])('%s + %i working days → %s (%s)', (receivedAt, n, expected) => {
    expect(deadlineFrom(receivedAt, n)).toBe(expected);
    expect(isWorkingDay(expected)).toBe(true);
  });

  it('takes the time zone into account', () => {
    // 23:30 on Friday 24 April in New York is Saturday 25 April 05:30 in Amsterdam.
    expect(deadlineFrom('2026-04-24T23:30:00-04:00', 1, 'America/New_York')).toBe('2026-04-28');
    expect(deadlineFrom('2026-04-24T23:30:00-04:00', 1)).toBe('2026-04-28');
    expect(deadlineFrom('2026-04-23T23:30:00-04:00', 1, 'America/New_York')).toBe('2026-04-24');
    expect(deadlineFrom('2026-04-23T23:30:00-04:00', 1)).toBe('2026-04-28');
  });

  it.each([
    ['2026-02-30T10:00:00Z', 1, undefined, /Invalid instant/],
    ['abc', 1, undefined, /Invalid instant "abc"/],
    ['2026-04-23T10:00:00', 1, undefined, /with offset/],
    ['2026-02-30', 1, undefined, /no such calendar date/],
    ['2026-04-23T10:00:00Z', -1, undefined, /number of working days/],
    ['2026-04-23T10:00:00Z', 2.5, undefined, /number of working days/],
    ['2026-04-23T10:00:00Z', Number.NaN, undefined, /number of working days/],
    ['2026-04-23T10:00:00Z', 1, 'Not/AZone', /Invalid time zone/],
    ['2026-04-23T10:00:00Z', 1, '', /Invalid time zone/],
  ])('rejects (%j, %s, %s) with a RangeError', (receivedAt, n, timeZone, message) => {
    expect(() => deadlineFrom(receivedAt, n, timeZone)).toThrow(RangeError);
    expect(() => deadlineFrom(receivedAt, n, timeZone)).toThrow(message);
  });

  it('rejects an invalid Date', () => {
    expect(() => deadlineFrom(new Date(Number.NaN), 10)).toThrow(RangeError);
  });
});
