import {
  assertYear,
  dayNumberOf,
  fromDayNumber,
  toDayNumber,
  weekdayOf,
  type PlainDate,
} from './plain-date.js';

/**
 * The "algemeen erkende feestdagen" of the Algemene termijnenwet (Atw).
 *
 * Art. 3 lid 1 lists Nieuwjaarsdag, the Christian second Easter and Whit days, both Christmas days,
 * Hemelvaartsdag, the day on which the King's birthday is celebrated and 5 May; art. 3 lid 2 equates
 * Goede Vrijdag with them. Note that 5 May counts every year for the Atw, not only in lustrum years when
 * many employers give the day off. Days equated by royal decree under art. 3 lid 3 (bridge days, published
 * in the Staatscourant) are not part of this fixed list.
 */
export type HolidayName =
  | 'Nieuwjaarsdag'
  | 'Goede Vrijdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Koninginnedag'
  | 'Bevrijdingsdag'
  | 'Hemelvaartsdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag';

export interface PublicHoliday {
  /** `YYYY-MM-DD` */
  date: PlainDate;
  name: HolidayName;
}

/** First year in which the monarch's birthday is celebrated as Koningsdag on 27 April. */
const FIRST_KINGS_DAY_YEAR = 2014;

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Easter itself is always a Sunday, so only the days derived from it matter for working-day counting.
 */
export function easterSunday(year: number): PlainDate {
  return fromDayNumber(easterDayNumber(year));
}

function easterDayNumber(year: number): number {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/**
 * The monarch's birthday as celebrated: Koningsdag 27 April since 2014, Koninginnedag 30 April before.
 * When that day is a Sunday it is celebrated the day before (26 resp. 29 April), and it is the celebrated
 * day that art. 3 lid 1 Atw names ("de dag waarop de verjaardag van de Koning wordt gevierd").
 * The 30 April rule is applied to all earlier years for completeness; the different dates used before
 * 1980 are not modelled.
 */
function royalBirthday(year: number): { day: number; name: HolidayName } {
  const kingsDay = year >= FIRST_KINGS_DAY_YEAR;
  const name: HolidayName = kingsDay ? 'Koningsdag' : 'Koninginnedag';
  const dayNumber = dayNumberOf(year, 4, kingsDay ? 27 : 30);
  return { day: weekdayOf(dayNumber) === 0 ? dayNumber - 1 : dayNumber, name };
}

interface YearHolidays {
  list: readonly PublicHoliday[];
  byDate: ReadonlyMap<PlainDate, string>;
  dayNumbers: ReadonlySet<number>;
}

// Holidays depend only on the year; computing them once per year keeps day-by-day loops cheap.
const cache = new Map<number, YearHolidays>();

function holidaysOf(year: number): YearHolidays {
  const cached = cache.get(year);
  if (cached) return cached;
  assertYear(year);
  const easter = easterDayNumber(year);
  const royal = royalBirthday(year);
  const days: { day: number; name: HolidayName }[] = [
    { day: dayNumberOf(year, 1, 1), name: 'Nieuwjaarsdag' },
    { day: easter - 2, name: 'Goede Vrijdag' },
    { day: easter + 1, name: 'Tweede Paasdag' },
    royal,
    { day: dayNumberOf(year, 5, 5), name: 'Bevrijdingsdag' },
    { day: easter + 39, name: 'Hemelvaartsdag' },
    { day: easter + 50, name: 'Tweede Pinksterdag' },
    { day: dayNumberOf(year, 12, 25), name: 'Eerste Kerstdag' },
    { day: dayNumberOf(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  // Stable sort: two holidays on one date (Bevrijdingsdag and Hemelvaartsdag in 2016) keep the order above.
  days.sort((x, y) => x.day - y.day);
  const list = days.map(({ day, name }) => Object.freeze({ date: fromDayNumber(day), name }));
  const byDate = new Map<PlainDate, string>();
  for (const { date, name } of list) {
    const existing = byDate.get(date);
    byDate.set(date, existing === undefined ? name : `${existing} en ${name}`);
  }
  const entry: YearHolidays = { list, byDate, dayNumbers: new Set(days.map((d) => d.day)) };
  cache.set(year, entry);
  return entry;
}

/**
 * All algemeen erkende feestdagen (art. 3 Atw) of a year, sorted by date. A date on which two holidays
 * coincide appears twice, once per holiday.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  return holidaysOf(year).list.map((h) => ({ ...h }));
}

/** Whether `date` (`YYYY-MM-DD`) is an algemeen erkende feestdag; weekends are not holidays as such. */
export function isPublicHoliday(date: PlainDate): boolean {
  return holidayName(date) !== undefined;
}

/**
 * The Dutch name of the holiday on `date`, or `undefined` on an ordinary day. Coinciding holidays are
 * joined with " en ", e.g. 'Bevrijdingsdag en Hemelvaartsdag' on 5 May 2016.
 */
export function holidayName(date: PlainDate): string | undefined {
  toDayNumber(date);
  return holidaysOf(Number(date.slice(0, 4))).byDate.get(date);
}

/** Internal: whether a day number is a holiday. */
export function isHolidayDayNumber(dayNumber: number, year: number): boolean {
  return holidaysOf(year).dayNumbers.has(dayNumber);
}

/** Internal: day numbers of the distinct holiday dates of a year. */
export function holidayDayNumbers(year: number): ReadonlySet<number> {
  return holidaysOf(year).dayNumbers;
}
